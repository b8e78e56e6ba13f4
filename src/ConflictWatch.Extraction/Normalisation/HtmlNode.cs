namespace ConflictWatch.Extraction.Normalisation;

/// <summary>
/// An element or a piece of text of a page read by <see cref="StrictHtmlParser"/>: only what the
/// main-text extraction looks at (names, the attributes it tests, text and nesting).
/// </summary>
internal sealed class HtmlNode
{
    /// <summary>The attributes kept, in the order of <see cref="AttributeNames"/>; the others are read and dropped.</summary>
    public static readonly string[] AttributeNames = ["class", "id", "role", "property", "name", "itemprop", "content", "datetime"];

    public const int Class = 0, Id = 1, Role = 2, Property = 3, NameAttribute = 4, ItemProp = 5, Content = 6, DateTime = 7;

    private HtmlNode(string? name, string? text)
    {
        Name = name;
        Text = text;
    }

    /// <summary>The lower-case element name, or null for text.</summary>
    public string? Name { get; }

    /// <summary>The characters of a text node (entities decoded).</summary>
    public string? Text { get; }

    /// <summary>The kept attributes' values by index (null: absent); null when the element has none of them.</summary>
    public string?[]? Attributes { get; set; }

    public List<HtmlNode> Children { get; } = [];

    public static HtmlNode Element(string name) => new(name, null);

    public static HtmlNode TextNode(string text) => new(null, text);

    public string? Attribute(int index) => Attributes?[index];

    /// <summary>The concatenated text of every text node below, as the DOM's textContent.</summary>
    public void AppendTextContent(System.Text.StringBuilder into)
    {
        foreach (var c in Children)
        {
            if (c.Text is not null)
            {
                into.Append(c.Text);
            }
            else
            {
                c.AppendTextContent(into);
            }
        }
    }
}
