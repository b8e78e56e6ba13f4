using AngleSharp.Html;

namespace ConflictWatch.Extraction.Normalisation;

/// <summary>
/// Reads a page written the plain way most news pages are: a "&lt;!DOCTYPE html&gt;", explicit
/// html, head and body, every element closed in the order opened, no tables, forms inside forms,
/// or blocks inside paragraphs. For such a page the tree the HTML standard builds is simply the
/// nesting of its tags, so this reader gets the same tree as AngleSharp at a tenth of the cost.
/// </summary>
/// <remarks>
/// It answers null for anything where the standard's tree construction could do more than nest
/// (an implied end tag, a misnested formatting element, foster parenting, a quirks-mode document,
/// an unknown element, an ambiguous character reference, a carriage return): the caller then
/// parses with AngleSharp. The rules it relies on, each kept by refusing what breaks it: a start
/// tag that closes an open p is refused while a p is open; li only straight inside ul or ol, dd
/// and dt straight inside dl; no a inside a, button inside button, form inside form, heading
/// straight inside a heading; end tags only for the current element (so the adoption agency
/// and the reconstruction of formatting elements never change anything).
/// </remarks>
internal static class StrictHtmlParser
{
    /// <summary>Start tags that close an open p (standard, "in body"); refused while a p is open.</summary>
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup",
        "main", "menu", "nav", "ol", "p", "search", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "form",
    };

    /// <summary>Elements inserted and left open with no other effect ("any other start tag" and the formatting elements but a and nobr).</summary>
    private static readonly HashSet<string> Phrasing = new(StringComparer.Ordinal)
    {
        "a", "b", "big", "code", "em", "font", "i", "s", "small", "strike", "strong", "tt", "u", "span", "time", "abbr", "cite", "sub", "sup", "mark", "q", "label",
        "kbd", "samp", "var", "dfn", "bdi", "bdo", "data", "ins", "del", "button",
    };

    /// <summary>Void elements accepted in the body (inserted, never open).</summary>
    private static readonly HashSet<string> Void = new(StringComparer.Ordinal) { "br", "img", "input", "wbr", "hr", "meta", "link" };

    /// <summary>The page's html element, or null when the page is not one this reader can take.</summary>
    public static HtmlNode? Parse(string s)
    {
        if (s.AsSpan().IndexOfAny('\r', '\0', '\uFEFF') >= 0)
        {
            return null; // the input stream's preprocessing (CR LF to LF, NUL) is left to AngleSharp
        }
        var r = new Reader(s);
        r.SkipSpace();
        if (!r.Doctype())
        {
            return null;
        }
        r.SkipSpaceAndComments();
        var html = r.StartTag("html");
        if (html is null)
        {
            return null;
        }
        r.SkipSpaceAndComments();
        var head = r.StartTag("head");
        if (head is null || !r.Head(head))
        {
            return null;
        }
        html.Children.Add(head);
        r.SkipSpaceAndComments();
        var body = r.StartTag("body");
        if (body is null || !r.Body(body))
        {
            return null;
        }
        html.Children.Add(body);
        return html;
    }

    private sealed class Reader(string s)
    {
        private int pos;
        private bool selfClosing;

        private static bool IsSpace(char c) => c is ' ' or '\n' or '\t' or '\f';

        public void SkipSpace()
        {
            while (pos < s.Length && IsSpace(s[pos]))
            {
                pos++;
            }
        }

        /// <summary>White space (which the modes before the body ignore or put outside it) and simple comments.</summary>
        public void SkipSpaceAndComments()
        {
            SkipSpace();
            while (Comment())
            {
                SkipSpace();
            }
        }

        private bool At(string literal) => string.CompareOrdinal(s, pos, literal, 0, literal.Length) == 0;

        private bool AtIgnoreCase(string literal) => s.Length - pos >= literal.Length && s.AsSpan(pos, literal.Length).Equals(literal, StringComparison.OrdinalIgnoreCase);

        /// <summary>"&lt;!DOCTYPE html&gt;" exactly (any case, white space between): no quirks mode.</summary>
        public bool Doctype()
        {
            if (!AtIgnoreCase("<!doctype"))
            {
                return false;
            }
            pos += 9;
            var before = pos;
            SkipSpace();
            if (pos == before || !AtIgnoreCase("html"))
            {
                return false;
            }
            pos += 4;
            SkipSpace();
            if (!At(">"))
            {
                return false;
            }
            pos++;
            return true;
        }

        /// <summary>A comment "&lt;!--" ... "--&gt;" with no "--" inside and not ending in "-"; comments leave no trace in the text.</summary>
        private bool Comment()
        {
            if (!At("<!--"))
            {
                return false;
            }
            var end = s.IndexOf("-->", pos + 4, StringComparison.Ordinal);
            if (end < 0)
            {
                return false;
            }
            var body = s.AsSpan(pos + 4, end - pos - 4);
            if (body.Contains("--", StringComparison.Ordinal) || body.StartsWith(">") || body.StartsWith("->") || body.EndsWith("-") || body.Contains("<!--", StringComparison.Ordinal))
            {
                return false;
            }
            pos = end + 3;
            return true;
        }

        /// <summary>A start tag named <paramref name="name"/> here, or null.</summary>
        public HtmlNode? StartTag(string name)
        {
            var start = pos;
            var e = StartTag();
            if (e is null || e.Name != name || selfClosing)
            {
                pos = start;
                return null;
            }
            return e;
        }

        /// <summary>
        /// A start tag: ASCII letters and digits for its name, attributes separated by white space,
        /// values quoted or plain. Only the attributes of <see cref="HtmlNode.AttributeNames"/> are
        /// kept; one of them twice or holding a character reference makes the page not simple.
        /// </summary>
        private HtmlNode? StartTag()
        {
            selfClosing = false;
            if (pos + 1 >= s.Length || s[pos] != '<' || !char.IsAsciiLetter(s[pos + 1]))
            {
                return null;
            }
            var nameStart = ++pos;
            while (pos < s.Length && char.IsAsciiLetterOrDigit(s[pos]))
            {
                pos++;
            }
            var e = HtmlNode.Element(s[nameStart..pos].ToLowerInvariant());
            while (true)
            {
                if (pos >= s.Length)
                {
                    return null;
                }
                var c = s[pos];
                if (c == '>')
                {
                    pos++;
                    return e;
                }
                if (c == '/')
                {
                    if (pos + 1 < s.Length && s[pos + 1] == '>')
                    {
                        selfClosing = true;
                        pos += 2;
                        return e;
                    }
                    return null;
                }
                if (!IsSpace(c))
                {
                    return null;
                }
                SkipSpace();
                if (pos < s.Length && s[pos] is '>' or '/')
                {
                    continue;
                }
                if (!Attribute(e))
                {
                    return null;
                }
            }
        }

        private bool Attribute(HtmlNode e)
        {
            var nameStart = pos;
            while (pos < s.Length && (char.IsAsciiLetterOrDigit(s[pos]) || s[pos] is '-' or '_' or ':' or '.'))
            {
                pos++;
            }
            if (pos == nameStart || pos >= s.Length || !(IsSpace(s[pos]) || s[pos] is '=' or '>' or '/'))
            {
                return false;
            }
            var name = s.AsSpan(nameStart, pos - nameStart);
            string? value = "";
            var after = pos;
            SkipSpace();
            if (pos < s.Length && s[pos] == '=')
            {
                pos++;
                SkipSpace();
                if (pos >= s.Length)
                {
                    return false;
                }
                var quote = s[pos];
                if (quote is '"' or '\'')
                {
                    var end = s.IndexOf(quote, pos + 1);
                    if (end < 0)
                    {
                        return false;
                    }
                    value = s[(pos + 1)..end];
                    pos = end + 1;
                    if (pos < s.Length && !(IsSpace(s[pos]) || s[pos] is '>' or '/'))
                    {
                        return false;
                    }
                }
                else
                {
                    var start = pos;
                    while (pos < s.Length && !IsSpace(s[pos]) && s[pos] != '>')
                    {
                        if (s[pos] is '"' or '\'' or '<' or '=' or '`')
                        {
                            return false;
                        }
                        pos++;
                    }
                    if (pos == start)
                    {
                        return false;
                    }
                    value = s[start..pos];
                }
            }
            else
            {
                pos = after; // no value: the white space seen belongs before the next attribute
            }
            var index = KeptIndex(name);
            if (index < 0)
            {
                return true;
            }
            if (value.Contains('&') || e.Attribute(index) is not null)
            {
                return false;
            }
            (e.Attributes ??= new string?[HtmlNode.AttributeNames.Length])[index] = value;
            return true;
        }

        private static int KeptIndex(ReadOnlySpan<char> name)
        {
            for (var i = 0; i < HtmlNode.AttributeNames.Length; i++)
            {
                if (name.Equals(HtmlNode.AttributeNames[i], StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }
            return -1;
        }

        /// <summary>An end tag "&lt;/name&gt;" (white space allowed before the "&gt;") for <paramref name="name"/>.</summary>
        private bool EndTag(string name)
        {
            if (!At("</") || s.Length - pos - 2 < name.Length || !s.AsSpan(pos + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
            var p = pos + 2 + name.Length;
            while (p < s.Length && IsSpace(s[p]))
            {
                p++;
            }
            if (p >= s.Length || s[p] != '>')
            {
                return false;
            }
            pos = p + 1;
            return true;
        }

        /// <summary>The name of the end tag here ("&lt;/div&gt;"), lower case, or null when there is none of the simple kind.</summary>
        private string? EndTagName()
        {
            if (!At("</") || pos + 2 >= s.Length || !char.IsAsciiLetter(s[pos + 2]))
            {
                return null;
            }
            var p = pos + 2;
            while (p < s.Length && char.IsAsciiLetterOrDigit(s[p]))
            {
                p++;
            }
            var name = s[(pos + 2)..p].ToLowerInvariant();
            while (p < s.Length && IsSpace(s[p]))
            {
                p++;
            }
            if (p >= s.Length || s[p] != '>')
            {
                return null;
            }
            pos = p + 1;
            return name;
        }

        /// <summary>The head: meta, link and base, a title, styles and scripts, until "&lt;/head&gt;".</summary>
        public bool Head(HtmlNode head)
        {
            while (true)
            {
                SkipSpaceAndComments();
                if (EndTag("head"))
                {
                    return true;
                }
                var e = StartTag();
                if (e is null)
                {
                    return false;
                }
                head.Children.Add(e);
                switch (e.Name)
                {
                    case "meta" or "link" or "base":
                        break;
                    case "title" when !selfClosing:
                        if (!Title(e))
                        {
                            return false;
                        }
                        break;
                    case "style" or "script" when !selfClosing:
                        if (!RawText(e))
                        {
                            return false;
                        }
                        break;
                    default:
                        return false;
                }
            }
        }

        /// <summary>A title's text up to "&lt;/title&gt;", with no '&lt;' in it.</summary>
        private bool Title(HtmlNode title)
        {
            var end = s.IndexOf('<', pos);
            if (end < 0)
            {
                return false;
            }
            var text = Decode(s.AsSpan(pos, end - pos));
            if (text is null)
            {
                return false;
            }
            pos = end;
            if (!EndTag("title"))
            {
                return false;
            }
            if (text.Length > 0)
            {
                title.Children.Add(HtmlNode.TextNode(text));
            }
            return true;
        }

        /// <summary>A style's or script's text, taken as it is, up to its end tag; a script holding "&lt;!--" (whose escapes change where it ends) is refused.</summary>
        private bool RawText(HtmlNode e)
        {
            var start = pos;
            for (var at = s.IndexOf("</", pos, StringComparison.Ordinal); at >= 0; at = s.IndexOf("</", at + 2, StringComparison.Ordinal))
            {
                pos = at;
                var name = e.Name!;
                if (s.Length - at - 2 >= name.Length && s.AsSpan(at + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                    && at + 2 + name.Length < s.Length && (IsSpace(s[at + 2 + name.Length]) || s[at + 2 + name.Length] is '/' or '>'))
                {
                    // the first "</script" ends it, whatever follows; only the plain form is taken
                    if (!EndTag(name))
                    {
                        return false;
                    }
                    var content = s.AsSpan(start, at - start);
                    if (e.Name == "script" && content.Contains("<!--", StringComparison.Ordinal))
                    {
                        return false;
                    }
                    if (content.Length > 0)
                    {
                        e.Children.Add(HtmlNode.TextNode(content.ToString()));
                    }
                    return true;
                }
            }
            return false;
        }

        /// <summary>The body up to "&lt;/body&gt;", and the white space and comments after it (white space after the body is the body's).</summary>
        public bool Body(HtmlNode body)
        {
            var open = new List<HtmlNode> { body };
            int paragraphs = 0, anchors = 0, buttons = 0, forms = 0;
            while (true)
            {
                var next = s.IndexOf('<', pos);
                var textEnd = next < 0 ? s.Length : next;
                if (textEnd > pos)
                {
                    var text = Decode(s.AsSpan(pos, textEnd - pos));
                    if (text is null)
                    {
                        return false;
                    }
                    open[^1].Children.Add(HtmlNode.TextNode(text));
                    pos = textEnd;
                }
                if (next < 0)
                {
                    return false; // the body never closed
                }
                if (Comment())
                {
                    continue;
                }
                if (At("</"))
                {
                    var name = EndTagName();
                    if (name is null)
                    {
                        return false;
                    }
                    var current = open[^1];
                    if (name == "body" && open.Count == 1)
                    {
                        return AfterBody(body);
                    }
                    if (current == body || current.Name != name)
                    {
                        return false;
                    }
                    open.RemoveAt(open.Count - 1);
                    paragraphs -= name == "p" ? 1 : 0;
                    anchors -= name == "a" ? 1 : 0;
                    buttons -= name == "button" ? 1 : 0;
                    forms -= name == "form" ? 1 : 0;
                    continue;
                }
                if (pos + 1 < s.Length && (s[pos + 1] is '!' or '?' || char.IsAsciiLetter(s[pos + 1])))
                {
                    var e = StartTag();
                    if (e is null || !Allowed(e.Name!, open[^1].Name!, paragraphs, anchors, buttons, forms))
                    {
                        return false;
                    }
                    open[^1].Children.Add(e);
                    if (Void.Contains(e.Name!))
                    {
                        continue;
                    }
                    if (selfClosing)
                    {
                        return false; // "<div/>" opens a div: left to AngleSharp
                    }
                    if (e.Name is "script" or "style")
                    {
                        if (!RawText(e))
                        {
                            return false;
                        }
                        continue;
                    }
                    open.Add(e);
                    paragraphs += e.Name == "p" ? 1 : 0;
                    anchors += e.Name == "a" ? 1 : 0;
                    buttons += e.Name == "button" ? 1 : 0;
                    forms += e.Name == "form" ? 1 : 0;
                    continue;
                }
                // a '<' that starts no tag ("a < b") is text
                open[^1].Children.Add(HtmlNode.TextNode("<"));
                pos++;
            }
        }

        /// <summary>Whether a start tag <paramref name="name"/> inside <paramref name="current"/> only opens an element there.</summary>
        private static bool Allowed(string name, string current, int paragraphs, int anchors, int buttons, int forms)
        {
            if (Blocks.Contains(name))
            {
                return paragraphs == 0
                    && name switch
                    {
                        "li" => current is "ul" or "ol",
                        "dd" or "dt" => current == "dl",
                        "form" => forms == 0,
                        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => current is not ("h1" or "h2" or "h3" or "h4" or "h5" or "h6"),
                        _ => true,
                    };
            }
            if (name == "hr")
            {
                return paragraphs == 0;
            }
            return name switch
            {
                "a" => anchors == 0,
                "button" => buttons == 0,
                "script" or "style" => true,
                _ => Phrasing.Contains(name) || Void.Contains(name),
            };
        }

        /// <summary>After "&lt;/body&gt;": white space (appended to the body), comments, "&lt;/html&gt;", the end.</summary>
        private bool AfterBody(HtmlNode body)
        {
            var closedHtml = false;
            while (true)
            {
                var start = pos;
                SkipSpace();
                if (pos > start)
                {
                    body.Children.Add(HtmlNode.TextNode(s[start..pos]));
                }
                if (pos >= s.Length)
                {
                    return true;
                }
                if (Comment())
                {
                    continue;
                }
                if (!closedHtml && EndTag("html"))
                {
                    closedHtml = true;
                    continue;
                }
                return false;
            }
        }

        /// <summary>
        /// Text with its character references replaced: "&amp;name;" for a name the standard lists,
        /// decimal and hex references to ordinary characters, and a '&amp;' that starts no reference.
        /// Null for a reference without its ';' or an odd one (legacy names and control characters
        /// are read differently in different places): the page is then not simple.
        /// </summary>
        private static string? Decode(ReadOnlySpan<char> text)
        {
            var amp = text.IndexOf('&');
            if (amp < 0)
            {
                return text.ToString();
            }
            var sb = new System.Text.StringBuilder(text.Length);
            while (amp >= 0)
            {
                sb.Append(text[..amp]);
                text = text[(amp + 1)..];
                if (text.Length > 0 && char.IsAsciiLetterOrDigit(text[0]))
                {
                    var n = 0;
                    while (n < text.Length && char.IsAsciiLetterOrDigit(text[n]))
                    {
                        n++;
                    }
                    if (n >= text.Length || text[n] != ';' || HtmlEntityProvider.Resolver.GetSymbol(string.Concat(text[..n], ";")) is not { } symbol)
                    {
                        return null;
                    }
                    sb.Append(symbol);
                    text = text[(n + 1)..];
                }
                else if (text.Length > 0 && text[0] == '#')
                {
                    var hex = text.Length > 1 && text[1] is 'x' or 'X';
                    var n = hex ? 2 : 1;
                    var value = 0;
                    while (n < text.Length && (hex ? char.IsAsciiHexDigit(text[n]) : char.IsAsciiDigit(text[n])) && value < 0x110000)
                    {
                        value = value * (hex ? 16 : 10) + Convert.ToInt32(text[n].ToString(), hex ? 16 : 10);
                        n++;
                    }
                    if (n == (hex ? 2 : 1) || n >= text.Length || text[n] != ';' || !(value is >= 0x20 and <= 0x7E or >= 0xA0 and <= 0xD7FF or >= 0xE000 and <= 0xFDCF or >= 0xFDF0 and <= 0xFFFD))
                    {
                        return null;
                    }
                    sb.Append((char)value);
                    text = text[(n + 1)..];
                }
                else
                {
                    sb.Append('&'); // "Q & A": no reference
                }
                amp = text.IndexOf('&');
            }
            sb.Append(text);
            return sb.ToString();
        }
    }
}
