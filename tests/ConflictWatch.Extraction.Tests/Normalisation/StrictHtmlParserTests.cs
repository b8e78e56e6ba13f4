using System.Text;
using ConflictWatch.Extraction.Normalisation;

namespace ConflictWatch.Extraction.Tests.Normalisation;

/// <summary>
/// The strict reader must never change what a page gives: on every page it takes, the text, title
/// and date equal those of AngleSharp's DOM. Random pages made of news-page parts (and of the
/// constructs it must refuse: misnesting, blocks inside paragraphs, tables, odd references,
/// quirks mode) hold it to that; the refusals are checked to happen too.
/// </summary>
public sealed class StrictHtmlParserTests
{
    [Fact]
    public void Fast_path_agrees_with_the_dom_on_random_pages()
    {
        var rng = new Random(2026);
        int taken = 0, refused = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var page = Page(rng);
            var expected = HtmlTextExtractor.ExtractFromDom(page);
            var simple = StrictHtmlParser.Parse(page);
            var fast = simple is null ? null : SimplePage.Extract(simple);
            if (fast is null)
            {
                refused++;
                continue;
            }
            taken++;
            Assert.True(expected == fast.Value, $"differs on:\n{page}\nDOM: {expected}\nfast: {fast}");
            Assert.Equal(expected, HtmlTextExtractor.Extract(page));
        }
        Assert.InRange(taken, 4_000, 20_000 - 4_000); // both ways were exercised
        Assert.True(refused > 4_000);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><head></head><body><h1>T</h1><p>a<div>b</div></p></body></html>")] // a div closes the p
    [InlineData("<!DOCTYPE html><html><head></head><body><h1>T</h1><b><i>x</b></i></body></html>")] // misnested
    [InlineData("<html><head></head><body><h1>T</h1></body></html>")] // quirks mode
    [InlineData("<!DOCTYPE html><html><head></head><body><h1>T</h1><li>x</li></body></html>")] // li outside a list
    [InlineData("<!DOCTYPE html><html><head></head><body><h1>T</h1><p>a &copy 2023</p></body></html>")] // legacy reference without ';'
    [InlineData("<!DOCTYPE html><html><head></head><body><h1>T</h1><table><tr><td>x</td></tr></table></body></html>")]
    [InlineData("<!DOCTYPE html><html><head></head><body><h1>T</h1><p>x</p>\r\n</body></html>")]
    [InlineData("<!DOCTYPE html><html><head></head><body><h1>T</h1><a href=a><a href=b>x</a></a></body></html>")]
    public void Pages_it_cannot_take_go_to_the_dom(string page)
    {
        Assert.Null(StrictHtmlParser.Parse(page));
        Assert.Equal(HtmlTextExtractor.ExtractFromDom(page), HtmlTextExtractor.Extract(page));
    }

    [Fact]
    public void The_sample_pages_are_taken_and_agree()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Repo(), "samples"), "*.html"))
        {
            var page = File.ReadAllText(file);
            Assert.NotNull(StrictHtmlParser.Parse(page));
            Assert.Equal(HtmlTextExtractor.ExtractFromDom(page), HtmlTextExtractor.Extract(page));
        }
    }

    [Fact]
    public void Fast_path_agrees_with_the_dom_on_damaged_sample_pages()
    {
        var rng = new Random(7);
        string[] inserts = ["<p>", "</p>", "<div>", "</div>", "<b>", "</b>", "<li>", "&amp;", "&copy", "<br/>", " ", "\n", "<", ">", "\"", "'", "=", "<!-- x -->", "<span class=ad>", "</span>", "<h1>", "</h1>"];
        int taken = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(Repo(), "samples"), "*.html"))
        {
            var original = File.ReadAllText(file);
            for (var n = 0; n < 3_000; n++)
            {
                var page = original;
                for (var k = rng.Next(1, 3); k > 0; k--)
                {
                    var at = rng.Next(page.Length);
                    page = rng.Next(3) == 0 ? page.Remove(at, 1) : page.Insert(at, inserts[rng.Next(inserts.Length)]);
                }
                var simple = StrictHtmlParser.Parse(page);
                if (simple is null || SimplePage.Extract(simple) is not { } fast)
                {
                    continue;
                }
                taken++;
                var expected = HtmlTextExtractor.ExtractFromDom(page);
                Assert.True(expected == fast, $"differs on:\n{page}\nDOM: {expected}\nfast: {fast}");
            }
        }
        Assert.True(taken > 1_000);
    }

    private static string Repo()
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "ConflictWatch.slnx")))
        {
            dir = Path.GetDirectoryName(dir)!;
        }
        return dir;
    }

    private static readonly string[] Words = ["Gunmen", "killed", "12", "villagers", "near", "Menaka", "on", "Sunday", ".", "The", "army", "said", "|", "Home", "Mali", "ad", "cookie", "a < b", "  ", "\n", "\t", "\u00A0", "•"];
    private static readonly string[] References = ["&amp;", "&middot;", "&nbsp;", "&copy;", "&euro;", "&ndash;", "&#39;", "&#x41;", "&#8212;", "&notin;", "& ", "&#128;", "&copy", "&bogus;", "&#0;", "&#x110000;", "&#;", "&amp"];
    private static readonly string[] Blocks = ["div", "p", "section", "article", "main", "aside", "nav", "header", "footer", "figure", "blockquote", "h1", "h2", "h3", "ul", "ol", "dl", "form", "hgroup"];
    private static readonly string[] Inline = ["a", "b", "i", "em", "strong", "span", "time", "small", "abbr", "cite", "code", "sub", "sup", "button", "label", "u", "s", "mark", "q"];
    private static readonly string[] Voids = ["br", "img", "input", "hr", "wbr", "meta", "link"];
    private static readonly string[] Odd = ["table", "tr", "td", "pre", "textarea", "select", "option", "iframe", "noscript", "svg", "template", "nobr", "image", "li", "dd", "dt", "p", "html", "body", "head", "title", "my-widget", "object"];
    private static readonly string[] Classes = ["cookie-banner", "ad", "ads", "heads", "byline", "byline-share", "share", "related", "content", "story", "main", "Main", "ADS", "promo x", ""];

    private static string Page(Random rng)
    {
        var sb = new StringBuilder();
        if (rng.Next(30) != 0)
        {
            sb.Append(rng.Next(4) == 0 ? "<!doctype HTML>\n" : "<!DOCTYPE html>\n");
        }
        sb.Append(rng.Next(2) == 0 ? "<html lang=\"en\">" : "<HTML>");
        if (rng.Next(4) == 0)
        {
            sb.Append("\n<!-- page -->\n");
        }
        sb.Append("<head>");
        for (var i = rng.Next(4); i > 0; i--)
        {
            sb.Append(rng.Next(6) switch
            {
                0 => "<meta charset=\"utf-8\">",
                1 => $"<meta property=\"article:published_time\" content=\"{Date(rng)}\">",
                2 => $"<meta name=\"{(rng.Next(3) == 0 ? "DATE" : "date")}\" content='{Date(rng)}'/>",
                3 => $"<title>{Text(rng, 4)}</title>",
                4 => "<style>p { color: red }</style>",
                _ => rng.Next(2) == 0 ? "<script>var x = 1;</script>" : "<script>if (a < b) { }</script>",
            });
            sb.Append(rng.Next(2) == 0 ? "\n" : "");
        }
        sb.Append("</head>\n<body");
        sb.Append(rng.Next(5) == 0 ? " class=\"home\">" : ">");
        if (rng.Next(5) != 0)
        {
            sb.Append("<h1>").Append(rng.Next(10) == 0 ? "<b>Bold</b> " : "").Append(Text(rng, 4)).Append("Headline</h1>\n");
        }
        for (var i = rng.Next(1, 6); i > 0; i--)
        {
            Element(sb, rng, depth: 0, inParagraph: false, parent: "body");
        }
        sb.Append(rng.Next(20) switch
        {
            0 => "</body></html>x",
            1 => "</body>",
            < 6 => "\n</body>\n</html>\n",
            < 10 => "</body>\n<!-- end -->\n</html>",
            < 15 => "</body></html>",
            _ => "\n</body></html>\n\n",
        });
        return sb.ToString();
    }

    private static string Date(Random rng) => rng.Next(4) == 0 ? "yesterday" : $"20{rng.Next(10, 30)}-0{rng.Next(1, 10)}-1{rng.Next(10)}T09:30:00Z";

    private static string Text(Random rng, int words)
    {
        var sb = new StringBuilder();
        for (var i = rng.Next(words + 1); i > 0; i--)
        {
            sb.Append(rng.Next(12) == 0 ? References[rng.Next(rng.Next(4) == 0 ? References.Length : 12)] : Words[rng.Next(Words.Length)]);
            sb.Append(rng.Next(3) == 0 ? "" : " ");
        }
        return sb.ToString();
    }

    private static string Attributes(Random rng)
    {
        var sb = new StringBuilder();
        for (var i = rng.Next(3); i > 0; i--)
        {
            sb.Append(rng.Next(8) switch
            {
                0 => $" class=\"{Classes[rng.Next(Classes.Length)]}\"",
                1 => $" id={Classes[rng.Next(Classes.Length)].Replace(" ", "", StringComparison.Ordinal) + "x"}",
                2 => $" role=\"{(rng.Next(2) == 0 ? "main" : "navigation")}\"",
                3 => $" datetime=\"{Date(rng)}\"",
                4 => " href=\"/a?x=1&y=2\"",
                5 => " hidden",
                6 => " data-x='1'",
                _ => $" ROLE=\"Main\"",
            });
        }
        return sb.ToString();
    }

    private static void Element(StringBuilder sb, Random rng, int depth, bool inParagraph, string parent)
    {
        var roll = rng.Next(100);
        if (roll < 30 || depth > 4)
        {
            sb.Append(Text(rng, 6));
            return;
        }
        if (roll < 36)
        {
            sb.Append('<').Append(Voids[rng.Next(Voids.Length)]).Append(Attributes(rng)).Append(rng.Next(3) == 0 ? "/>" : ">");
            return;
        }
        if (roll < 38)
        {
            sb.Append("<!-- note -->");
            return;
        }
        string name;
        if (roll < 39)
        {
            name = Odd[rng.Next(Odd.Length)];
        }
        else if (parent is "ul" or "ol")
        {
            name = "li";
        }
        else if (parent == "dl")
        {
            name = rng.Next(2) == 0 ? "dt" : "dd";
        }
        else
        {
            // mostly valid: no blocks in a paragraph, except now and then
            name = inParagraph && rng.Next(60) != 0 ? Inline[rng.Next(Inline.Length)] : rng.Next(2) == 0 ? Blocks[rng.Next(Blocks.Length)] : Inline[rng.Next(Inline.Length)];
        }
        sb.Append('<').Append(rng.Next(20) == 0 ? name.ToUpperInvariant() : name).Append(Attributes(rng)).Append('>');
        for (var i = rng.Next(4); i > 0; i--)
        {
            Element(sb, rng, depth + 1, inParagraph || name == "p", name);
        }
        if (rng.Next(80) != 0)
        {
            sb.Append("</").Append(name).Append(rng.Next(10) == 0 ? " >" : ">");
        }
    }
}
