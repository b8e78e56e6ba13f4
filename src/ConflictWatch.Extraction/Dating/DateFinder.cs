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
    /// <summary>
    /// Where each date can begin, and the alternatives of <see cref="DatePatterns.Pattern"/> that can
    /// begin there: a number, or a start word with the starts of the word that can follow it there
    /// (null: anything may). Trying only those alternatives keeps a match small (a Match holds
    /// every group of its pattern, fifty-odd in the whole one). Keep this in step with the
    /// pattern: a word or follower left out loses the dates that begin that way.
    /// </summary>
    private static readonly (string[] Words, string[]? Next, Regex Anchored)[] Table =
    [
        (CalendarNames.MonthWords, [".", "#"], DatePatterns.AtMonth()),
        (CalendarNames.WeekdayWords, null, DatePatterns.AtWeekday()),
        (["between", "from"], ["#"], DatePatterns.AtBetween()),
        (["on"], ["the", .. CalendarNames.WeekdayStarts], DatePatterns.AtOn()),
        (["the"], ["#", "end", "beginning", "start", "previous", "past", "next", "following", "day", "same"], DatePatterns.AtThe()),
        (["early", "late", "mid"], ["-", "#", .. CalendarNames.MonthStarts, .. CalendarNames.WeekdayStarts], DatePatterns.AtEarly()),
        (["end", "beginning", "start"], ["of"], DatePatterns.AtEndOf()),
        (["in", "during", "since", "throughout", "by", "until"], ["-", "#", .. CalendarNames.MonthStarts], DatePatterns.AtIn()),
        (["last"], ["night", "week", "month", "year", .. CalendarNames.MonthStarts, .. CalendarNames.WeekdayStarts], DatePatterns.AtLast()),
        (["this"], ["morning", "afternoon", "evening", "week", "month", "year", .. CalendarNames.MonthStarts, .. CalendarNames.WeekdayStarts], DatePatterns.AtLast()),
        (["yesterday", "today", "tonight", "overnight"], null, DatePatterns.AtRelative()),
        (["earlier"], ["today", "this"], DatePatterns.AtRelative()),
        (["over", "at"], ["the"], DatePatterns.AtRelative()),
        (["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"], ["day", "week"], DatePatterns.AtCount()),
        (["a"], ["day", "week"], DatePatterns.AtLater()),
        (["later"], ["that"], DatePatterns.AtLater()),
        (["that"], ["same", "evening", "night", "afternoon"], DatePatterns.AtLater()),
        (["previous"], ["year"], DatePatterns.AtLastYear()),
    ];

    private static readonly Segmentation.StartWords Starts = new(
        Table.SelectMany(t => t.Words.Select(w => KeyValuePair.Create(w, t.Next))),
        digits: true,
        afterDigits: ["-", "–", "—", "/", "st", "nd", "rd", "th", "of", "day", "week", .. CalendarNames.MonthStarts]);

    /// <summary>The alternatives to try at each start word.</summary>
    private static readonly Dictionary<string, Regex>.AlternateLookup<ReadOnlySpan<char>> ByWord =
        Table.SelectMany(t => t.Words.Select(w => KeyValuePair.Create(w, t.Anchored))).ToDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The alternatives that can begin at <paramref name="i"/>, a number or a start word.</summary>
    private static Regex AnchoredAt(string text, int i)
    {
        if (char.IsDigit(text[i]))
        {
            return DatePatterns.AtNumber();
        }
        Span<char> word = stackalloc char[16];
        return ByWord[Segmentation.StartWords.LowerWordAt(text, i, word)];
    }

    /// <summary>The reporting verbs before a date (see <see cref="Segmentation.CuedPattern"/>): most dates have none.</summary>
    private static readonly Segmentation.CuedPattern ReportingVerb = new(ReportingRegex(), "say", "said", "announced", "reported", "told", "added", "stated", "confirmed", "claimed", "declared", "statement");

    /// <summary>All date expressions of <paramref name="text"/> resolved against <paramref name="reference"/>.</summary>
    private static readonly System.Buffers.SearchValues<string> Cues = System.Buffers.SearchValues.Create(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "day", "night", "week", "month", "year", "ago", "later", "overnight", "the next", "the following"],
        StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<DateMention> Find(string text, DateOnly reference)
    {
        // most sentences have no date: they get the empty list every caller shares, not a new one
        List<DateMention>? result = null;
        if (!text.AsSpan().ContainsAnyInRange('0', '9') && text.AsSpan().IndexOfAny(Cues) < 0)
        {
            return []; // no digit and no date word: the regex cannot match
        }
        foreach (var m in Starts.Matches(AnchoredAt, text))
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
            (result ??= []).Add(d);
        }
        return (IReadOnlyList<DateMention>?)result ?? [];
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
