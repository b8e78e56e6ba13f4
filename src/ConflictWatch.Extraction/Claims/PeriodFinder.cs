using System.Globalization;
using System.Text.RegularExpressions;
using ConflictWatch.Extraction.Dating;

namespace ConflictWatch.Extraction.Claims;

/// <summary>
/// Periods of aggregate figures: years, quarters ("the first quarter of 2023", "the last three
/// months of 2022", "the first half of 2023"), months and month pairs ("in January and February"), and open periods that
/// run to the reference day ("so far this year", "since the start of April", "since January").
/// </summary>
public sealed partial class PeriodFinder
{
    private const string M = CalendarNames.MonthPattern;

    /// <summary>The number words of "the last three months of 2022" (declared before <see cref="Starts"/>, which reads them).</summary>
    private static readonly string[] Counts = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"];

    /// <summary>
    /// Where each period can begin: a start word with the starts of the word that can follow it
    /// there, and the alternatives of <see cref="Pattern"/> that can begin with it, tried alone so
    /// that a match carries only their groups. Keep this in step with the pattern: a word or
    /// follower left out loses the periods that begin that way.
    /// </summary>
    private static readonly (string[] Words, string[] Next, Regex Anchored)[] Table =
    [
        (["the"], ["first", "second", "third", "fourth", "last", "final", "previous"], AtThe()),
        (["first"], ["quarter", "half", "#", .. Counts], AtFirst()),
        (["second"], ["quarter", "half"], AtQuarter()),
        (["third", "fourth", "final"], ["quarter"], AtQuarter()),
        (["last"], ["quarter", "#", "year", .. Counts], AtThe()),
        (["so"], ["far"], AtSoFar()),
        (["this"], ["year"], AtSoFar()),
        (["year"], ["to"], AtSoFar()),
        (["since"], ["the", "#", .. CalendarNames.MonthStarts], AtSince()),
        (["in", "for"], ["#", "all", .. CalendarNames.MonthStarts], AtIn()),
        (["during"], ["#", .. CalendarNames.MonthStarts], AtIn()),
        (["of", "throughout"], ["#", .. CalendarNames.MonthStarts], AtOf()),
        (["between"], CalendarNames.MonthStarts, AtPair()),
        (["all"], ["of"], AtYear()),
    ];

    private static readonly Segmentation.StartWords Starts = new(
        Table.SelectMany(t => t.Words.Select(w => KeyValuePair.Create(w, (string[]?)t.Next))), digits: false, afterDigits: null);

    /// <summary>The alternatives to try at each start word.</summary>
    private static readonly Dictionary<string, Regex>.AlternateLookup<ReadOnlySpan<char>> ByWord =
        Table.SelectMany(t => t.Words.Select(w => KeyValuePair.Create(w, t.Anchored))).ToDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The alternatives that can begin at the start word at <paramref name="i"/>.</summary>
    private static Regex AnchoredAt(string text, int i)
    {
        Span<char> word = stackalloc char[16];
        return ByWord[Segmentation.StartWords.LowerWordAt(text, i, word)];
    }

    private const string Quarter = @"(?<quarter>\b(?:the\s+)?(?<q>first|second|third|fourth|last|final)\s+quarter\s+of\s+(?<qy>\d{4}))";
    private const string Half = @"(?<half>\b(?:the\s+)?(?<h>first|second)\s+half\s+of\s+(?<hy>\d{4}))";
    private const string Months = @"(?<months>\b(?:the\s+)?(?<mw>first|last)\s+(?<mn>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months\s+of\s+(?<my>\d{4}))";
    private const string SoFar = @"(?<sofar>\bso far this year\b|\bthis year\b|\bsince the (?:start|beginning) of the year\b|\byear to date\b)";
    private const string LastYear = @"(?<lastyear>\blast year\b|\bthe previous year\b)";
    private const string Since = $@"(?<since>\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+|(?<sd>\d{{1,2}})(?:st|nd|rd|th)?\s+)?(?<sm>{M})(?:\s+(?<sd2>\d{{1,2}})(?:st|nd|rd|th)?\b)?(?:,?\s+(?<sy>\d{{4}}))?)";
    private const string Pair = $@"(?<pair>\b(?:in|during|between|for)\s+(?<pm1>{M})\s+and\s+(?<pm2>{M})(?:\s+(?<py>\d{{4}}))?)";
    private const string MonthOf = $@"(?<month>\b(?:in|during|for|of|throughout)\s+(?<mm>{M})(?:\s+(?<mmy>\d{{4}}))?\b(?!\s+\d{{1,2}}\b))";
    private const string Year = @"(?<year>\b(?:in|during|for|of|throughout|for all of|in all of|all of)\s+(?<y>(?:19|20)\d{2})\b(?!\s*[-–]))";

    /// <summary>Every alternative, in order of preference (where several match at a place, the first wins).</summary>
    private const string Pattern = Quarter + "|" + Half + "|" + Months + "|" + SoFar + "|" + LastYear + "|" + Since + "|" + Pair + "|" + MonthOf + "|" + Year;

    private const string G = @"\G(?:";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>At "the" and "last".</summary>
    [GeneratedRegex(G + Quarter + "|" + Half + "|" + Months + "|" + LastYear + ")", Options)]
    private static partial Regex AtThe();

    [GeneratedRegex(G + Quarter + "|" + Half + "|" + Months + ")", Options)]
    private static partial Regex AtFirst();

    /// <summary>At "second", "third", "fourth" and "final".</summary>
    [GeneratedRegex(G + Quarter + "|" + Half + ")", Options)]
    private static partial Regex AtQuarter();

    /// <summary>At "so", "this" and "year".</summary>
    [GeneratedRegex(G + SoFar + ")", Options)]
    private static partial Regex AtSoFar();

    [GeneratedRegex(G + SoFar + "|" + Since + ")", Options)]
    private static partial Regex AtSince();

    /// <summary>At "in", "for" and "during".</summary>
    [GeneratedRegex(G + Pair + "|" + MonthOf + "|" + Year + ")", Options)]
    private static partial Regex AtIn();

    /// <summary>At "of" and "throughout".</summary>
    [GeneratedRegex(G + MonthOf + "|" + Year + ")", Options)]
    private static partial Regex AtOf();

    [GeneratedRegex(G + Pair + ")", Options)]
    private static partial Regex AtPair();

    /// <summary>At "all".</summary>
    [GeneratedRegex(G + Year + ")", Options)]
    private static partial Regex AtYear();

    /// <summary>
    /// What every alternative of <see cref="Pattern"/> contains: a year (its first two digits, "19"
    /// or "20"), "year", "quarter", "months", or a month name (its first three letters). The claim
    /// stage asks about every sentence, and walking a sentence word by word for the start words
    /// costs more than these vectorised searches, after which most sentences are done. The words are
    /// searched apart from the two digit pairs: with two-character values among them the search
    /// could only use its weaker two-character form and stopped at nearly every number to verify.
    /// </summary>
    private static readonly System.Buffers.SearchValues<string> WordCues = System.Buffers.SearchValues.Create(
        ["year", "quarter", "months", .. CalendarNames.MonthStarts], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the pattern may match: one of the cues is there, or a character its case-insensitive
    /// match takes for an ASCII letter (the long s for "s", the Kelvin sign for "k"), which the search
    /// for the cues would not see as one.
    /// </summary>
    private static bool MayHavePeriod(ReadOnlySpan<char> text) =>
        text.IndexOf("20", StringComparison.Ordinal) >= 0 || text.IndexOf("19", StringComparison.Ordinal) >= 0 || text.IndexOfAny(WordCues) >= 0
        || text.IndexOfAny('\u017F', '\u212A') >= 0;

    public IReadOnlyList<Period> Find(string text, DateOnly reference)
    {
        List<Period>? result = null; // most sentences have none: they share the empty list
        if (!MayHavePeriod(text))
        {
            return [];
        }
        foreach (var m in Starts.Matches(AnchoredAt, text))
        {
            if (Resolve(m, reference) is { } p)
            {
                (result ??= []).Add(p);
            }
        }
        return (IReadOnlyList<Period>?)result ?? [];
    }

    private static Period? Resolve(Match m, DateOnly r)
    {
        int s = m.Index, e = m.Index + m.Length;
        int I(string g) => int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);
        Period P(DateOnly from, DateOnly to) => new(s, e, from, to);
        if (m.Groups["quarter"].Success)
        {
            var q = m.Groups["q"].Value.ToLowerInvariant() switch { "first" => 1, "second" => 2, "third" => 3, _ => 4 };
            var from = new DateOnly(I("qy"), (q - 1) * 3 + 1, 1);
            return P(from, from.AddMonths(3).AddDays(-1));
        }
        if (m.Groups["half"].Success)
        {
            var from = new DateOnly(I("hy"), m.Groups["h"].Value.Equals("first", StringComparison.OrdinalIgnoreCase) ? 1 : 7, 1);
            return P(from, from.AddMonths(6).AddDays(-1)); // "in the first half of 2023"
        }
        if (m.Groups["months"].Success)
        {
            var n = (int)(Numbers.NumberWords.Parse(m.Groups["mn"].Value) ?? 0);
            var y = I("my");
            return m.Groups["mw"].Value.Equals("first", StringComparison.OrdinalIgnoreCase)
                ? P(new DateOnly(y, 1, 1), new DateOnly(y, 1, 1).AddMonths(n).AddDays(-1))
                : P(new DateOnly(y, 12, 31).AddMonths(-n).AddDays(1), new DateOnly(y, 12, 31));
        }
        if (m.Groups["sofar"].Success)
        {
            return P(new DateOnly(r.Year, 1, 1), r);
        }
        if (m.Groups["lastyear"].Success)
        {
            return P(new DateOnly(r.Year - 1, 1, 1), new DateOnly(r.Year - 1, 12, 31));
        }
        if (m.Groups["since"].Success)
        {
            var month = CalendarNames.Month(m.Groups["sm"].Value);
            var from = m.Groups["sy"].Success ? new DateOnly(I("sy"), month, 1) : new DateOnly(CalendarNames.LastMonth(month, r).Year, month, 1);
            // "since 1 December 2021", "since December 1": from that day, where the month has it
            var day = m.Groups["sd"].Success ? I("sd") : m.Groups["sd2"].Success ? I("sd2") : 1;
            return P(day <= DateTime.DaysInMonth(from.Year, month) ? from.AddDays(day - 1) : from, r);
        }
        if (m.Groups["pair"].Success)
        {
            var m1 = CalendarNames.Month(m.Groups["pm1"].Value);
            var m2 = CalendarNames.Month(m.Groups["pm2"].Value);
            var y = m.Groups["py"].Success ? I("py") : CalendarNames.LastMonth(m2, r).Year;
            var from = new DateOnly(m1 <= m2 ? y : y - 1, m1, 1);
            return P(from, new DateOnly(y, m2, 1).AddMonths(1).AddDays(-1));
        }
        if (m.Groups["month"].Success)
        {
            var month = CalendarNames.Month(m.Groups["mm"].Value);
            var y = m.Groups["mmy"].Success ? I("mmy") : CalendarNames.LastMonth(month, r).Year;
            var from = new DateOnly(y, month, 1);
            return P(from, from.AddMonths(1).AddDays(-1));
        }
        if (m.Groups["year"].Success)
        {
            var y = I("y");
            return P(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
        }
        return null;
    }
}
