using System.Globalization;
using System.Text.RegularExpressions;

namespace ConflictWatch.Extraction.Dating;

/// <summary>
/// Finds date expressions in a sentence and resolves them against a reference day (the dated
/// entry that reports them, else the publication date): absolute, partial, relative, spans,
/// months and years, each with its precision.
/// </summary>
public sealed partial class DateFinder : IDateFinder
{
    private const string M = CalendarNames.MonthPattern;
    private const string W = CalendarNames.WeekdayPattern;

    /// <summary>
    /// Every alternative of <see cref="Pattern"/> begins with a number or one of these words, each
    /// with the starts of the word that can follow it there (null: anything may). Keep them in step
    /// with the pattern: a follower left out loses the dates that begin that way.
    /// </summary>
    private static readonly Segmentation.StartWords Starts = new(
        [
            .. CalendarNames.MonthWords.Select(w => Follow(w, ".", "#")),
            .. CalendarNames.WeekdayWords.Select(w => Follow(w, null)),
            Follow("between", "#"), Follow("from", "#"),
            Follow("on", ["the", .. CalendarNames.WeekdayStarts]),
            Follow("the", "#", "end", "beginning", "start", "previous", "past", "next", "following", "day", "same"),
            .. new[] { "early", "late", "mid" }.Select(w => Follow(w, ["-", "#", .. CalendarNames.MonthStarts, .. CalendarNames.WeekdayStarts])),
            .. new[] { "end", "beginning", "start" }.Select(w => Follow(w, "of")),
            .. new[] { "in", "during", "since", "throughout", "by", "until" }.Select(w => Follow(w, ["-", "#", .. CalendarNames.MonthStarts])),
            Follow("last", ["night", "week", "month", "year", .. CalendarNames.MonthStarts, .. CalendarNames.WeekdayStarts]),
            Follow("this", ["morning", "afternoon", "evening", "week", "month", "year", .. CalendarNames.MonthStarts, .. CalendarNames.WeekdayStarts]),
            .. new[] { "yesterday", "today", "tonight", "overnight" }.Select(w => Follow(w, null)),
            Follow("earlier", "today", "this"),
            Follow("over", "the"), Follow("at", "the"),
            .. new[] { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a" }.Select(w => Follow(w, "day", "week")),
            Follow("later", "that"),
            Follow("that", "same", "evening", "night", "afternoon"),
            Follow("previous", "year"),
        ],
        digits: true,
        afterDigits: ["-", "–", "—", "/", "st", "nd", "rd", "th", "of", "day", "week", .. CalendarNames.MonthStarts]);

    private static KeyValuePair<string, string[]?> Follow(string word, params string[]? next) => KeyValuePair.Create(word, next);

    private const string Pattern = $@"(?<iso>\b(?<iy>\d{{4}})-(?<im>\d{{2}})-(?<id>\d{{2}})\b)" +
        $@"|(?<slash>\b(?<sd>\d{{1,2}})/(?<sm>\d{{1,2}})/(?<sy>\d{{4}})\b)" +
        $@"|(?<span>\b(?:[Bb]etween|[Ff]rom)\s+(?<pa>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:and|to)\s+(?<pb>\d{{1,2}})(?:st|nd|rd|th)?\s+(?<pm>{M})(?:,?\s+(?<py>\d{{4}}))?)" +
        $@"|(?<dash>\b(?<da>\d{{1,2}})\s*[-–—]\s*(?<db>\d{{1,2}})\s+(?<dm>{M})(?:,?\s+(?<dy>\d{{4}}))?)" +
        $@"|(?<dmy>\b(?:{W},?\s+)?(?<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m1>{M})(?:,?\s+(?<y1>\d{{4}}))?)" +
        $@"|(?<mdy>\b(?:{W},?\s+)?(?<m2>{M})\s+(?<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:km|kilomet|mile|people|soldiers|civilians))(?:,?\s+(?<y2>\d{{4}}))?)" +
        $@"|(?<ord>\b(?:[Oo]n\s+)?the\s+(?<od>\d{{1,2}})(?:st|nd|rd|th)\b)" +
        $@"|(?<part>\b(?<pp>early|mid|late|the end of|the beginning of|the start of|end of|beginning of|start of)[\s-]+(?<ppm>{M})(?:\s+(?<ppy>\d{{4}}))?)" +
        $@"|(?<my>\b(?<m3>{M})\s+(?<y3>\d{{4}}))" +
        $@"|(?<mon>\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Tt]hroughout|[Bb]y|[Ll]ast|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id|[Uu]ntil)\s+(?<m4>{M})\b(?!\s+\d))" +
        $@"|(?<wd>\b(?<wp>[Oo]n\s+|[Ll]ast\s+|[Tt]his\s+|[Ee]arly\s+|[Ll]ate\s+)?(?<w>{W})(?<wt>\s+(?:morning|afternoon|evening|night))?\b)" +
        $@"|(?<rel>\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Ll]ast night|[Oo]vernight|[Ee]arlier (?:today|this week|this month)|[Tt]his (?:morning|afternoon|evening|week|month)|[Ll]ast (?:week|month|weekend)|[Tt]he (?:previous|past) (?:week|weekend)|[Oo]ver the weekend|[Aa]t the weekend)\b)" +
        $@"|(?<ago>\b(?<an>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+days?\s+ago\b)" +
        $@"|(?<later>\b(?<ln>\d+|[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)\s+(?<lu>days?|weeks?)\s+later\b|\b[Tt]he (?:next|following) day\b|\b[Tt]he day after\b|\b(?<same>[Tt]he same (?:day|evening|night|morning|afternoon)|[Ll]ater that (?:day|evening|night)|[Tt]hat (?:same )?(?:evening|night|afternoon))\b)" +
        $@"|(?<year>\b(?<yp>[Ii]n|[Ss]ince|[Ll]ate|[Ee]arly|[Mm]id|[Dd]uring|[Bb]y|[Uu]ntil|[Tt]hroughout)[\s-]+(?<y4>(?:19|20)\d{{2}})\b)" +
        $@"|(?<lastyear>\b(?:[Ll]ast|[Tt]his|[Pp]revious) year\b)";

    /// <summary>The pattern anchored where it is tried (see <see cref="Starts"/>).</summary>
    [GeneratedRegex(@"\G(?:" + Pattern + ")", RegexOptions.CultureInvariant)]
    private static partial Regex AnchoredRegex();

    private static readonly Regex ReportingVerb = ReportingRegex();

    /// <summary>All date expressions of <paramref name="text"/> resolved against <paramref name="reference"/>.</summary>
    private static readonly System.Buffers.SearchValues<string> Cues = System.Buffers.SearchValues.Create(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "day", "night", "week", "month", "year", "ago", "later", "overnight", "the next", "the following"],
        StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<DateMention> Find(string text, DateOnly reference)
    {
        var result = new List<DateMention>();
        if (!text.AsSpan().ContainsAnyInRange('0', '9') && text.AsSpan().IndexOfAny(Cues) < 0)
        {
            return result; // no digit and no date word: the regex cannot match
        }
        foreach (var m in Starts.Matches(AnchoredRegex(), text))
        {
            var d = Resolve(m, reference);
            if (d is null)
            {
                continue;
            }
            if (d.Kind == DateKind.Relative || (d.Kind == DateKind.Absolute && d.Precision == 1))
            {
                var from = Math.Max(0, m.Index - 24);
                if (ReportingVerb.IsMatch(text.AsSpan(from, m.Index - from)))
                {
                    d = d with { Kind = DateKind.Reporting };
                }
            }
            result.Add(d);
        }
        return result;
    }

    private static DateMention? Resolve(Match m, DateOnly r)
    {
        int s = m.Index, e = m.Index + m.Length;
        DateMention? Day(DateOnly? d, int precision = 1, DateKind kind = DateKind.Absolute) =>
            d is { } v ? new DateMention(s, e, v, precision, kind) : null;
        int I(string g) => int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);

        if (m.Groups["iso"].Success)
        {
            return Day(CalendarNames.Make(I("iy"), I("im"), I("id")));
        }
        if (m.Groups["slash"].Success)
        {
            int a = I("sd"), b = I("sm");
            return Day(b > 12 ? CalendarNames.Make(I("sy"), a, b) : CalendarNames.Make(I("sy"), b, a));
        }
        if (m.Groups["span"].Success || m.Groups["dash"].Success)
        {
            var span = m.Groups["span"].Success;
            int a = I(span ? "pa" : "da"), b = I(span ? "pb" : "db");
            var month = CalendarNames.Month(m.Groups[span ? "pm" : "dm"].Value);
            var yg = span ? "py" : "dy";
            var first = m.Groups[yg].Success ? CalendarNames.Make(I(yg), month, a) : CalendarNames.Nearest(month, a, r);
            if (first is null || b < a)
            {
                return null;
            }
            var days = b - a;
            return Day(first.Value.AddDays(days / 2), days <= 1 ? 1 : 2);
        }
        if (m.Groups["dmy"].Success || m.Groups["mdy"].Success)
        {
            var dmy = m.Groups["dmy"].Success;
            var month = CalendarNames.Month(m.Groups[dmy ? "m1" : "m2"].Value);
            var day = I(dmy ? "d1" : "d2");
            var yg = dmy ? "y1" : "y2";
            if (m.Groups[yg].Success)
            {
                return Day(CalendarNames.Make(I(yg), month, day));
            }
            return Day(CalendarNames.Nearest(month, day, r), 1, DateKind.Relative);
        }
        if (m.Groups["ord"].Success)
        {
            var day = I("od");
            var d = CalendarNames.Make(r.Year, r.Month, day);
            if (d is null || d > r)
            {
                var prev = r.AddMonths(-1);
                d = CalendarNames.Make(prev.Year, prev.Month, day);
            }
            return Day(d, 1, DateKind.Relative);
        }
        if (m.Groups["part"].Success)
        {
            var month = CalendarNames.Month(m.Groups["ppm"].Value);
            var p = m.Groups["pp"].Value.ToLowerInvariant();
            var day = p.Contains("early") || p.Contains("begin") || p.Contains("start") ? 5 : p.Contains("mid") ? 15 : 25;
            var baseDate = m.Groups["ppy"].Success ? new DateOnly(I("ppy"), month, 15) : CalendarNames.LastMonth(month, r);
            return Day(new DateOnly(baseDate.Year, month, day), 3, m.Groups["ppy"].Success ? DateKind.Absolute : DateKind.Relative);
        }
        if (m.Groups["my"].Success)
        {
            return Day(CalendarNames.Make(I("y3"), CalendarNames.Month(m.Groups["m3"].Value), 15), 3);
        }
        if (m.Groups["mon"].Success)
        {
            var month = CalendarNames.Month(m.Groups["m4"].Value);
            var d = CalendarNames.LastMonth(month, r);
            if (m.Value.StartsWith("last", StringComparison.OrdinalIgnoreCase) && d.Month == r.Month)
            {
                d = d.AddYears(-1);
            }
            return Day(d, 3, DateKind.Relative);
        }
        if (m.Groups["wd"].Success)
        {
            var prefix = m.Groups["wp"].Value.Trim().ToLowerInvariant();
            var d = CalendarNames.LastWeekday(CalendarNames.Weekday(m.Groups["w"].Value), r);
            if (prefix == "last" && d == r)
            {
                d = d.AddDays(-7);
            }
            return Day(d, 1, DateKind.Relative);
        }
        if (m.Groups["rel"].Success)
        {
            var v = m.Value.ToLowerInvariant();
            return v switch
            {
                "yesterday" or "last night" or "overnight" => Day(r.AddDays(-1), 1, DateKind.Relative),
                "last week" or "the previous week" or "the past week" => Day(CalendarNames.MiddleOfLastWeek(r), 2, DateKind.Relative),
                "last weekend" or "over the weekend" or "at the weekend" or "the previous weekend" or "the past weekend" =>
                    Day(CalendarNames.LastWeekday(DayOfWeek.Saturday, r.AddDays(-1)), 2, DateKind.Relative),
                "last month" => Day(new DateOnly(r.AddMonths(-1).Year, r.AddMonths(-1).Month, 15), 3, DateKind.Relative),
                "this week" or "earlier this week" => Day(r.AddDays(-2), 2, DateKind.Relative),
                "this month" or "earlier this month" => Day(new DateOnly(r.Year, r.Month, Math.Min(15, r.Day)), 3, DateKind.Relative),
                _ => Day(r, 1, DateKind.Relative),
            };
        }
        if (m.Groups["ago"].Success)
        {
            return Day(r.AddDays(-Numbers.NumberWords.SmallNumber(m.Groups["an"].Value)), 1, DateKind.Relative);
        }
        if (m.Groups["later"].Success)
        {
            var n = m.Groups["same"].Success ? 0 : m.Groups["ln"].Success ? Numbers.NumberWords.SmallNumber(m.Groups["ln"].Value) : 1;
            var unit = m.Groups["lu"].Success && m.Groups["lu"].Value.StartsWith('w') ? 7 : 1;
            return new DateMention(s, e, r, 1, DateKind.AfterPrevious, n * unit);
        }
        if (m.Groups["year"].Success)
        {
            return Day(new DateOnly(I("y4"), 7, 1), 4);
        }
        if (m.Groups["lastyear"].Success)
        {
            var y = m.Value.StartsWith("this", StringComparison.OrdinalIgnoreCase) ? r.Year : r.Year - 1;
            return Day(new DateOnly(y, 7, 1), 4, DateKind.Relative);
        }
        return null;
    }

    [GeneratedRegex(@"\b(said|says|say|announced|reported|told|added|stated|confirmed|claimed|declared|statement)\s*(\w+\s+)?(on\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex ReportingRegex();
}
