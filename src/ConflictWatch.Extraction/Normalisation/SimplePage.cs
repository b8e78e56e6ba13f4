using System.Text;

namespace ConflictWatch.Extraction.Normalisation;

/// <summary>
/// <see cref="HtmlTextExtractor"/>'s steps on a page read by <see cref="StrictHtmlParser"/>, each
/// doing what its selector or DOM call does on AngleSharp's tree of the same page: the first
/// element in document order for a selector (attribute values compared exactly, as AngleSharp
/// does), the chrome dropped with everything inside, the same walk and tidying.
/// </summary>
internal static class SimplePage
{
    /// <summary>The page's text, title and date; null when it has no h1 with text (the title then comes from AngleSharp's document title, left to it).</summary>
    public static (string Text, string? Title, DateOnly? Published)? Extract(HtmlNode html)
    {
        var elements = new List<HtmlNode>();
        All(html, elements);
        var published = HtmlTextExtractor.FirstDate(
        [
            First(elements, "meta", HtmlNode.Property, "article:published_time")?.Attribute(HtmlNode.Content),
            First(elements, "meta", HtmlNode.NameAttribute, "date")?.Attribute(HtmlNode.Content),
            First(elements, "meta", HtmlNode.NameAttribute, "pubdate")?.Attribute(HtmlNode.Content),
            First(elements, "meta", HtmlNode.ItemProp, "datePublished")?.Attribute(HtmlNode.Content),
            First(elements, "time", HtmlNode.DateTime, null)?.Attribute(HtmlNode.DateTime),
        ]);
        // "article h1, main h1, h1": every h1 matches the last, so the first h1 of the page
        var h1 = elements.Find(e => e.Name == "h1");
        if (h1 is null)
        {
            return null;
        }
        var sb = new StringBuilder();
        h1.AppendTextContent(sb);
        var title = sb.ToString().Trim();
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }
        var kept = new List<HtmlNode>();
        Kept(html, kept);
        var root = kept.Find(e => e.Name == "article") ?? kept.Find(e => e.Name == "main") ?? kept.Find(e => e.Attribute(HtmlNode.Role) == "main") ?? html.Children[^1];
        sb.Clear();
        Walk(root, sb);
        return (HtmlTextExtractor.Tidy(sb.ToString()), title, published);
    }

    /// <summary>Every element in document order (the document's All).</summary>
    private static void All(HtmlNode node, List<HtmlNode> into)
    {
        into.Add(node);
        foreach (var c in node.Children)
        {
            if (c.Name is not null)
            {
                All(c, into);
            }
        }
    }

    /// <summary>The elements left once the dropped tags and the chrome are removed with what they hold, in document order.</summary>
    private static void Kept(HtmlNode node, List<HtmlNode> into)
    {
        into.Add(node);
        foreach (var c in node.Children)
        {
            if (c.Name is not null && !HtmlTextExtractor.DropTags.Contains(c.Name)
                && !HtmlTextExtractor.IsChrome(c.Name, c.Attribute(HtmlNode.Class), c.Attribute(HtmlNode.Id), c.Attribute(HtmlNode.Role)))
            {
                Kept(c, into);
            }
        }
    }

    /// <summary>The first <paramref name="name"/> element whose attribute equals <paramref name="value"/> (or, for null, has it at all).</summary>
    private static HtmlNode? First(List<HtmlNode> elements, string name, int attribute, string? value)
    {
        foreach (var e in elements)
        {
            if (e.Name == name && e.Attribute(attribute) is { } v && (value is null || v == value))
            {
                return e;
            }
        }
        return null;
    }

    /// <summary>As HtmlTextExtractor's walk: text as it is, block elements as paragraphs, list items as bullets; dropped elements skipped.</summary>
    private static void Walk(HtmlNode node, StringBuilder sb)
    {
        foreach (var child in node.Children)
        {
            if (child.Text is not null)
            {
                sb.Append(child.Text);
                continue;
            }
            if (HtmlTextExtractor.DropTags.Contains(child.Name!)
                || HtmlTextExtractor.IsChrome(child.Name!, child.Attribute(HtmlNode.Class), child.Attribute(HtmlNode.Id), child.Attribute(HtmlNode.Role)))
            {
                continue;
            }
            var block = HtmlTextExtractor.BlockTags.Contains(child.Name!);
            if (block)
            {
                sb.Append("\n\n");
            }
            if (child.Name == "li")
            {
                sb.Append("• ");
            }
            Walk(child, sb);
            if (block)
            {
                sb.Append("\n\n");
            }
        }
    }
}
