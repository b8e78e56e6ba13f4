using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ConflictWatch.Extraction.Normalisation;

/// <summary>
/// Main text of an HTML page: the article (or main, or body) with navigation, ads, cookie
/// banners, "most read"/"related" lists, subscription boxes and footers removed. Block elements
/// become paragraphs so segmentation sees the page's structure.
/// </summary>
public static class HtmlTextExtractor
{
    /// <summary>Compared as a CSS type selector compares: ordinal, ignoring case.</summary>
    private static readonly HashSet<string> DropTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "input", "select", "template", "figure",
    };
    private static readonly string[] ChromeMarkers = ["cookie", "consent", "banner", "advert", "ad-", "ads", "promo", "newsletter", "subscribe", "subscription", "related", "most-read", "mostread", "popular", "share", "social", "sidebar", "breadcrumb", "menu", "footer", "comments", "signup", "paywall", "donate", "trending", "recommended", "byline-share"];
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "table", "blockquote", "pre", "dd", "dt", "dl", "time",
    };

    /// <summary>
    /// One parser per thread: building one (its configuration and browsing context) cost a fifth of
    /// the extraction of a page; it keeps no state between documents, but is not documented as safe
    /// to share between threads.
    /// </summary>
    [ThreadStatic]
    private static HtmlParser? parser;

    public static (string Text, string? Title, DateOnly? Published) Extract(string html)
    {
        var doc = (parser ??= new HtmlParser()).ParseDocument(html);
        var published = PublishedDate(doc);
        var title = doc.QuerySelector("article h1, main h1, h1")?.TextContent.Trim();
        if (string.IsNullOrWhiteSpace(title))
        {
            title = doc.Title?.Split(" | ")[0].Trim();
        }
        // one walk instead of a selector query per dropped tag: an element inside one already
        // dropped is removed from the detached part, which leaves the same document
        foreach (var e in doc.All.Where(e => DropTags.Contains(e.LocalName) || IsChrome(e)).ToList())
        {
            e.Remove();
        }
        var root = doc.QuerySelector("article") ?? doc.QuerySelector("main") ?? doc.QuerySelector("[role=main]") ?? doc.Body;
        if (root is null)
        {
            return ("", title, published);
        }
        var sb = new StringBuilder();
        Walk(root, sb);
        return (Tidy(sb.ToString()), title, published);
    }

    private static bool IsChrome(IElement e)
    {
        if (e.LocalName is "article" or "main" or "body" or "html" or "time")
        {
            return false;
        }
        var (className, id, role) = (e.ClassName, e.Id, e.GetAttribute("role"));
        if (string.IsNullOrEmpty(className) && string.IsNullOrEmpty(id) && string.IsNullOrEmpty(role))
        {
            return false; // most elements carry no marks: nothing to build and search
        }
        var marks = $"{className} {id} {role}".ToLowerInvariant();
        if (marks.Trim().Length == 0)
        {
            return false;
        }
        foreach (var m in ChromeMarkers)
        {
            if (marks.Contains(m, StringComparison.Ordinal) && !(m == "ads" && marks.Contains("heads", StringComparison.Ordinal)))
            {
                return !marks.Contains("byline", StringComparison.Ordinal) || m != "share";
            }
        }
        return marks.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(c => c is "ad" or "byline");
    }

    private static void Walk(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                sb.Append(t.Data);
            }
            else if (child is IElement e)
            {
                var block = BlockTags.Contains(e.LocalName);
                if (block)
                {
                    sb.Append("\n\n");
                }
                if (e.LocalName == "li")
                {
                    sb.Append("• ");
                }
                Walk(e, sb);
                if (block)
                {
                    sb.Append("\n\n");
                }
            }
        }
    }

    /// <summary>
    /// Spaces, tabs and no-break spaces collapsed to one space and trimmed within each line; empty
    /// lines dropped, a run of them leaving one blank line between paragraphs. One pass, writing
    /// each word once.
    /// </summary>
    private static string Tidy(string s)
    {
        var sb = new StringBuilder(s.Length);
        var blank = false;
        for (var pos = 0; pos <= s.Length;)
        {
            var nl = s.IndexOf('\n', pos);
            var end = nl < 0 ? s.Length : nl;
            var wrote = false;
            for (var i = pos; i < end;)
            {
                if (s[i] is ' ' or '\t' or '\u00A0')
                {
                    i++;
                    continue;
                }
                var start = i;
                while (i < end && s[i] is not (' ' or '\t' or '\u00A0'))
                {
                    i++;
                }
                if (wrote)
                {
                    sb.Append(' ');
                }
                else if (sb.Length > 0)
                {
                    sb.Append(blank ? "\n\n" : "\n");
                }
                sb.Append(s.AsSpan(start, i - start));
                wrote = true;
            }
            blank = !wrote;
            pos = end + 1;
        }
        return sb.ToString();
    }

    /// <summary>The page's own date fields, most specific first.</summary>
    private static readonly (string Selector, string Attribute)[] DateFields =
    [
        ("meta[property='article:published_time']", "content"),
        ("meta[name='date']", "content"),
        ("meta[name='pubdate']", "content"),
        ("meta[itemprop='datePublished']", "content"),
        ("time[datetime]", "datetime"),
    ];

    /// <summary>
    /// The first of <see cref="DateFields"/> that holds a date. Each query walks the whole page, so
    /// the later ones are asked only when the earlier gave nothing (most pages have the first).
    /// </summary>
    private static DateOnly? PublishedDate(IDocument doc)
    {
        foreach (var (selector, attribute) in DateFields)
        {
            var c = doc.QuerySelector(selector)?.GetAttribute(attribute);
            if (c is { Length: >= 10 } && DateOnly.TryParseExact(c[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return d;
            }
        }
        return null;
    }
}
