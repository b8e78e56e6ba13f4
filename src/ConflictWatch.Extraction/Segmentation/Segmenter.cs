using System.Globalization;
using System.Text.RegularExpressions;
using ConflictWatch.Extraction.Dating;

namespace ConflictWatch.Extraction.Segmentation;

/// <summary>
/// Entry headers are recognised at the start of a line: a full date ("April 12, 2023:"), a day
/// and month ("4 June:", "9–10 June:"), or a bare day ("- 14:") under a month heading
/// ("December 2024"). Text before the first header belongs to an undated lead entry.
/// </summary>
public sealed partial class Segmenter : ISegmenter
{
    private const string M = CalendarNames.MonthPattern;

    [GeneratedRegex($@"^[ \t]*(?:[-•*–·▪◦]\s*)?(?:(?<m1>{M})\s+(?<d1>\d{{1,2}}),?\s+(?<y1>\d{{4}})|(?<d2>\d{{1,2}})(?:\s*[-–]\s*(?<d2b>\d{{1,2}}))?\s+(?<m2>{M})(?:\s+(?<y2>\d{{4}}))?|(?<d3>\d{{1,2}}))\s*[:–—-]\s+", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderRegex();

    [GeneratedRegex($@"^[ \t]*(?<m>{M})\s+(?<y>\d{{4}})[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex MonthHeadingRegex();

    public SegmentedDocument Segment(string text, DateOnly? published)
    {
        var headers = new List<(int LineStart, int BodyStart, DateOnly Date, int Precision)>();
        var headings = MonthHeadingRegex().Matches(text).Select(m => (m.Index, Year: int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), Month: CalendarNames.Month(m.Groups["m"].Value))).ToList();
        var reference = published ?? DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (Match m in HeaderRegex().Matches(text))
        {
            DateOnly? d = null;
            var precision = 1;
            if (m.Groups["y1"].Success)
            {
                d = CalendarNames.Make(Int(m, "y1"), CalendarNames.Month(m.Groups["m1"].Value), Int(m, "d1"));
            }
            else if (m.Groups["m2"].Success)
            {
                var month = CalendarNames.Month(m.Groups["m2"].Value);
                var day = Int(m, "d2");
                var heading = headings.LastOrDefault(h => h.Index < m.Index);
                d = m.Groups["y2"].Success ? CalendarNames.Make(Int(m, "y2"), month, day)
                    : heading.Year > 0 ? CalendarNames.Make(heading.Year, month, day)
                    : CalendarNames.Nearest(month, day, reference);
                if (d is { } first && m.Groups["d2b"].Success)
                {
                    var span = Int(m, "d2b") - day;
                    d = first.AddDays(Math.Max(0, span) / 2);
                    precision = span > 1 ? 2 : 1;
                }
            }
            else
            {
                var heading = headings.LastOrDefault(h => h.Index < m.Index);
                if (heading.Year == 0 || !m.Value.TrimStart().StartsWith('-') && !m.Value.TrimStart().StartsWith('•'))
                {
                    continue;
                }
                d = CalendarNames.Make(heading.Year, heading.Month, Int(m, "d3"));
            }
            if (d is { } date)
            {
                headers.Add((m.Index, m.Index + m.Length, date, precision));
            }
        }

        var entries = new List<Entry>();
        var lead = headers.Count > 0 ? headers[0].LineStart : text.Length;
        if (lead > 0)
        {
            entries.Add(new Entry(0, 0, lead, null, 1, Sentences(text, 0, lead)));
        }
        for (var i = 0; i < headers.Count; i++)
        {
            var end = i + 1 < headers.Count ? headers[i + 1].LineStart : text.Length;
            // a month heading between two entries belongs to neither
            var h = headers[i];
            entries.Add(new Entry(entries.Count, h.BodyStart, end, h.Date, h.Precision, Sentences(text, h.BodyStart, end)));
        }
        return new SegmentedDocument(text, entries);
    }

    private static int Int(Match m, string g) => int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);

    /// <summary>Paragraphs are lines (bullets and blank-line blocks alike); sentences split inside them.</summary>
    private static List<Sentence> Sentences(string text, int start, int end)
    {
        var result = new List<Sentence>();
        var paragraph = 0;
        var pos = start;
        while (pos < end)
        {
            var nl = text.IndexOf('\n', pos, end - pos);
            var lineEnd = nl < 0 ? end : nl;
            SplitLine(text, pos, lineEnd, paragraph, result);
            paragraph++;
            pos = lineEnd + 1;
        }
        return result;
    }

    private static void SplitLine(string text, int start, int end, int paragraph, List<Sentence> into)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '•' or '*' or '▪' or '◦' or '·'))
        {
            start++;
        }
        if (start < end - 1 && text[start] == '-' && text[start + 1] == ' ')
        {
            start += 2;
        }
        var s = start;
        for (var i = start; i < end; i++)
        {
            // a semicolon never ends a sentence: in timelines "...; 4 soldiers killed." continues one item
            var next = text.AsSpan(i, end - i).IndexOfAny('.', '!', '?');
            if (next < 0)
            {
                break;
            }
            i += next;
            var c = text[i];
            var j = i + 1;
            while (j < end && text[j] is '"' or '”' or '’' or '\'' or ')')
            {
                j++;
            }
            if (j < end && !char.IsWhiteSpace(text[j]))
            {
                continue;
            }
            var k = j;
            while (k < end && char.IsWhiteSpace(text[k]))
            {
                k++;
            }
            if (k < end && !(char.IsUpper(text[k]) || char.IsDigit(text[k]) || text[k] is '"' or '“' or '(' or '‘'))
            {
                continue;
            }
            if (c == '.' && IsAbbreviation(text, s, i))
            {
                continue;
            }
            Add(text, s, j, paragraph, into);
            s = k;
            i = k - 1;
        }
        Add(text, s, end, paragraph, into);
    }

    private static void Add(string text, int s, int e, int paragraph, List<Sentence> into)
    {
        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }
        if (e - s >= 3)
        {
            into.Add(new Sentence(s, e, text[s..e], paragraph));
        }
    }

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "gen", "col", "lt", "capt", "cpt", "sgt", "maj", "st", "no", "vs", "etc", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "km", "cf", "fig", "inc", "ltd", "co", "gov", "sen", "rep", "pres", "min",
    };

    /// <summary>Looked up by span: most sentence ends are checked, and a string per check added up.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var w = dot;
        while (w > sentenceStart && (char.IsLetter(text[w - 1]) || text[w - 1] == '.'))
        {
            w--;
        }
        var word = text.AsSpan(w, dot - w);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "J. Smith"
        }
        return AbbreviationLookup.Contains(word);
    }
}
