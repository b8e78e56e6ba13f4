using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ConflictWatch.Core;
using ConflictWatch.Extraction.Dating;

namespace ConflictWatch.Extraction.Normalisation;

/// <summary>
/// The normalisation stage: HTML to main text, Markdown marks removed, line endings and spaces
/// made uniform, page chrome dropped. The publication date is read from the page before its
/// chrome (bylines, "Issued:", datelines) is removed.
/// </summary>
public sealed partial class TextNormaliser : INormaliser
{
    private const string M = CalendarNames.MonthPattern;
    private readonly BoilerplateFilter boilerplate = new();

    public NormalisedDocument Normalise(Dispatch dispatch)
    {
        string text;
        string? title = dispatch.Title;
        DateOnly? published = dispatch.Published;
        if (dispatch.Format == DispatchFormat.Html || LooksLikeHtml(dispatch.Text))
        {
            var (body, htmlTitle, htmlDate) = HtmlTextExtractor.Extract(dispatch.Text);
            text = body;
            title ??= htmlTitle;
            published ??= htmlDate;
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new BadInputException(dispatch.Id, "HTML without body text: nothing to extract");
            }
        }
        else
        {
            text = dispatch.Format == DispatchFormat.Markdown ? StripMarkdown(dispatch.Text) : dispatch.Text;
        }
        text = Uniform(text);
        published = WireDay(text, published) ?? published ?? PublishedFrom(text);
        var period = ReportingPeriodOf(text);
        title ??= FirstLine(text);
        text = boilerplate.Filter(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new BadInputException(dispatch.Id, "no text left after removing page chrome");
        }
        return new NormalisedDocument(text, title, published, period);
    }

    private static bool LooksLikeHtml(string text)
    {
        var t = text.AsSpan().TrimStart();
        return t.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) || t.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The characters <see cref="Uniform"/> changes: carriage returns, odd spaces, zero-width marks and control characters other than the newline.</summary>
    private static readonly System.Buffers.SearchValues<char> NotUniform = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c != '\n').Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c), '\u00A0', '\u2007', '\u202F', '\u200B', '\uFEFF']);

    private static string Uniform(string text)
    {
        var first = text.AsSpan().IndexOfAny(NotUniform);
        if (first >= 0)
        {
            // most dispatches have nothing to change: only those that do are copied
            var sb = new StringBuilder(text.Length);
            sb.Append(text.AsSpan(0, first));
            foreach (var c in text.AsSpan(first))
            {
                switch (c)
                {
                    case '\r':
                        break;
                    case '\u00A0' or '\u2007' or '\u202F' or '\t':
                        sb.Append(' ');
                        break;
                    case '\u200B' or '\uFEFF':
                        break;
                    default:
                        sb.Append(char.IsControl(c) && c != '\n' ? ' ' : c);
                        break;
                }
            }
            text = sb.ToString();
        }
        return ManyBlankLines().Replace(text, "\n\n").Trim();
    }

    private static string StripMarkdown(string text)
    {
        text = MdLink().Replace(text, "$1");
        text = MdHeading().Replace(text, "");
        text = MdEmphasis().Replace(text, "$1");
        return text;
    }

    private static string? FirstLine(string text)
    {
        var nl = text.IndexOf('\n');
        var line = (nl < 0 ? text : text[..nl]).Trim();
        return line.Length is > 0 and < 200 ? line : null;
    }

    /// <summary>
    /// The publication date printed on the page: "Issued: 5 July 2022", a byline
    /// "Monday, May 9, 2022", a dateline "NIAMEY, March 4 (Wire)" with the year from the byline,
    /// else the first (latest) dated entry of a page of entries.
    /// </summary>
    public static DateOnly? PublishedFrom(string text)
    {
        // the first 1,500 characters, searched in place (Match(text, 0, length) sees only them, as it would a copy)
        var head = text.Length > 1500 ? 1500 : text.Length;
        var issued = Issued().Match(text, 0, head);
        if (issued.Success && FullDate(issued.Groups["d"].Value) is { } i)
        {
            return i;
        }
        for (var m = AnyFullDate().Match(text, 0, head); m.Success; m = m.NextMatch())
        {
            var lineStart = text.LastIndexOf('\n', Math.Max(0, m.Index - 1)) + 1;
            var prefix = text[lineStart..m.Index];
            // an entry header ("April 14, 2023: ...") or byline; not a date inside a sentence about the past
            var p = prefix.TrimEnd();
            if (prefix.Length < 60 && (prefix.Contains('|') || p.EndsWith('—') || p.EndsWith('–') || p.EndsWith('-') || p.EndsWith(':') || p.EndsWith('·') || prefix.Trim().Length == 0 || prefix.Contains("By ", StringComparison.Ordinal) || prefix.EndsWith(", ", StringComparison.Ordinal) || prefix.Contains("Updated", StringComparison.OrdinalIgnoreCase) || prefix.Contains("Published", StringComparison.OrdinalIgnoreCase)))
            {
                if (FullDate(m.Value) is { } d)
                {
                    return d;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// The day a wire story was written, from its dateline ("OUAGADOUGOU, June 5 (Reuters) -"), when it is
    /// up to ten days before the date the story came with (often the day it was crawled or reposted):
    /// "on Saturday" and "overnight" in the story count from the dateline. A dateline without a year
    /// takes the publication's, or the one before when that would put it in the future.
    /// </summary>
    public static DateOnly? WireDay(string text, DateOnly? published)
    {
        var head = text.Length > 800 ? 800 : text.Length;
        if (published is not { } pub || text.AsSpan(0, head).IndexOfAny("-–—") < 0 || WireDateline().Match(text, 0, head) is not { Success: true } m)
        {
            return null;
        }
        var month = CalendarNames.Month(m.Groups["m1"].Success ? m.Groups["m1"].Value : m.Groups["m2"].Value);
        var day = int.Parse(m.Groups["d1"].Success ? m.Groups["d1"].Value : m.Groups["d2"].Value, CultureInfo.InvariantCulture);
        var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : pub.Year;
        var date = CalendarNames.Make(year, month, day);
        if (date is { } d && d > pub && !m.Groups["y"].Success)
        {
            date = CalendarNames.Make(year - 1, month, day);
        }
        return date is { } w && w <= pub && w >= pub.AddDays(-10) ? w : null;
    }

    [GeneratedRegex($@"(?m)^[A-Z][A-Z'’. -]{{2,}}(?:,\s*[A-Z][A-Za-z .]{{1,30}})?,\s*(?:(?<m1>{M})\.?\s+(?<d1>\d{{1,2}})|(?<d2>\d{{1,2}})\s+(?<m2>{M})\.?)(?:,?\s*(?<y>\d{{4}}))?\s*(?:\([^)\n]{{1,40}}\))?\s*[-–—]")]
    private static partial Regex WireDateline();

    private static DateOnly? FullDate(string s)
    {
        var m = AnyFullDate().Match(s);
        if (!m.Success)
        {
            return null;
        }
        var month = CalendarNames.Month(m.Groups["m1"].Success ? m.Groups["m1"].Value : m.Groups["m2"].Value);
        var day = int.Parse(m.Groups["d1"].Success ? m.Groups["d1"].Value : m.Groups["d2"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups["y1"].Success ? m.Groups["y1"].Value : m.Groups["y2"].Value, CultureInfo.InvariantCulture);
        return CalendarNames.Make(year, month, day);
    }

    /// <summary>"Reporting period: 1–10 June 2023", "KEY FIGURES (1–30 September 2022)", "Bulletin No. 9 | September 2022".</summary>
    public static (DateOnly From, DateOnly To)? ReportingPeriodOf(string text)
    {
        var head = text.Length > 1200 ? 1200 : text.Length;
        // both patterns are rare; a vectorised look for what each must contain spares most texts their slower search
        var m = !MayHavePeriodSpan(text.AsSpan(0, head)) ? Match.Empty : PeriodSpan().Match(text, 0, head);
        if (m.Success && int.TryParse(m.Groups["y"].Value, CultureInfo.InvariantCulture, out var y))
        {
            var month = CalendarNames.Month(m.Groups["m"].Value);
            var from = CalendarNames.Make(y, month, int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture));
            var to = CalendarNames.Make(y, month, int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture));
            if (from is { } f && to is { } t && t >= f)
            {
                return (f, t);
            }
        }
        var mm = !text.AsSpan(0, head).Contains('|') ? Match.Empty : PeriodMonth().Match(text, 0, head);
        if (mm.Success)
        {
            var from = new DateOnly(int.Parse(mm.Groups["y"].Value, CultureInfo.InvariantCulture), CalendarNames.Month(mm.Groups["m"].Value), 1);
            return (from, from.AddMonths(1).AddDays(-1));
        }
        return null;
    }

    /// <summary>The phrases every <see cref="PeriodSpan"/> match begins with (ASCII, so the search is vectorised).</summary>
    private static readonly System.Buffers.SearchValues<string> PeriodSpanCues = System.Buffers.SearchValues.Create(
        ["reporting period", "key figures", "period covered", "covering"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <see cref="PeriodSpan"/> may match: one of its phrases is there, or a Kelvin sign, which its case-insensitive match takes for the K of "key figures".</summary>
    private static bool MayHavePeriodSpan(ReadOnlySpan<char> head) => head.IndexOfAny(PeriodSpanCues) >= 0 || head.Contains('\u212A');

    [GeneratedRegex($@"(?:reporting period|key figures|period covered|covering)\s*:?\s*\(?(?<a>\d{{1,2}})\s*[–-]\s*(?<b>\d{{1,2}})\s+(?<m>{M})\s+(?<y>\d{{4}})", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodSpan();

    [GeneratedRegex($@"(?:bulletin|report|update|snapshot|overview)\b[^\n]{{0,40}}\|\s*(?<m>{M})\s+(?<y>\d{{4}})\s*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex PeriodMonth();

    [GeneratedRegex($@"(?:(?<m1>{M})\s+(?<d1>\d{{1,2}}),?\s+(?<y1>\d{{4}})|(?<d2>\d{{1,2}})\s+(?<m2>{M}),?\s+(?<y2>\d{{4}}))")]
    private static partial Regex AnyFullDate();

    [GeneratedRegex(@"\b(?:Issued|Published|Date|Posted|Dated)\s*:?\s*(?<d>[^|\n]{6,40})", RegexOptions.IgnoreCase)]
    private static partial Regex Issued();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex ManyBlankLines();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]+\)")]
    private static partial Regex MdLink();

    [GeneratedRegex(@"(?m)^#{1,6}\s+")]
    private static partial Regex MdHeading();

    [GeneratedRegex(@"\*{1,2}([^*\n]+)\*{1,2}")]
    private static partial Regex MdEmphasis();
}
