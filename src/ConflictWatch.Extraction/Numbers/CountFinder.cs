using System.Buffers;
using System.Text.RegularExpressions;
using ConflictWatch.Extraction.Dating;

namespace ConflictWatch.Extraction.Numbers;

/// <summary>
/// Finds counts in a sentence: digits and words, qualifiers ("at least", "more than", "about"),
/// ranges ("between five and seven", "4-6", "two or three"), juxtaposed figures ("two three"),
/// and vague counts. Years and distances are not counts.
/// <para>
/// A hand-written scanner rather than one regex because this runs on every clause of every
/// dispatch: it visits only word starts, tries only the phrases that can begin with that letter,
/// and allocates nothing but the counts it returns. It reproduces the regex it replaced exactly
/// (RegexCountOracle in the tests, with differential tests over real and random text).
/// </para>
/// </summary>
public sealed partial class CountFinder : ICountFinder
{
    [GeneratedRegex(@"^\s*(?:km|kilomet|kms?\b|miles?|metres|meters|percent|per cent|%|a\.m\.|p\.m\.|GMT|UTC|hours?\b|minutes|days?\b|weeks?\b|months?\b|years? old|-year-old|years? (?:ago|later|earlier|after|before))", RegexOptions.IgnoreCase)]
    private static partial Regex NotACountRegex();

    private static readonly SearchValues<string> NumberCues = SearchValues.Create(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "teen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "dozen", "several", "tens", "scores", "few", "handful"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>The letter runs a count can start with (<see cref="CountMatcher.FirstWords"/>), looked up by span.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstWords =
        new HashSet<string>(CountMatcher.FirstWords, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>By initial, a bit per length of the first words with it: most words are turned away before hashing.</summary>
    private static readonly uint[] FirstWordLengths = Enumerable.Range(0, 26)
        .Select(i => CountMatcher.FirstWords.Where(w => w[0] - 'a' == i).Aggregate(0u, (mask, w) => mask | 1u << w.Length)).ToArray();

    public IReadOnlyList<Count> Find(string text)
    {
        var t = text.AsSpan();
        if (!t.ContainsAnyInRange('0', '9') && t.IndexOfAny(NumberCues) < 0)
        {
            return []; // no digit and no number word: nothing to count
        }
        List<Count>? result = null;
        var p = 0;
        while (p < t.Length)
        {
            // a count starts with a digit or a whole run of ASCII letters; nothing inside a run starts one
            var c = t[p];
            var run = p + 1;
            if (char.IsAsciiLetter(c))
            {
                while (run < t.Length && char.IsAsciiLetter(t[run]))
                {
                    run++;
                }
                if (!IsFirstWord(t[p..run]))
                {
                    p = run;
                    continue;
                }
            }
            else if (!char.IsDigit(c))
            {
                p++;
                continue;
            }
            if (!StartsWord(t, p) || !CountMatcher.TryMatch(t, p, out var match))
            {
                p = run;
                continue;
            }
            if (ToCount(text, match) is { } count && !IsNotACount(t, match, count))
            {
                (result ??= []).Add(count);
            }
            p = match.End;
        }
        return result ?? (IReadOnlyList<Count>)[];
    }

    /// <summary>Whether a run of letters is one a count can start with; cheap for the many that are not.</summary>
    private static bool IsFirstWord(ReadOnlySpan<char> letters) =>
        letters.Length < 32 && (FirstWordLengths[(letters[0] | 0x20) - 'a'] & 1u << letters.Length) != 0 && FirstWords.Contains(letters);

    /// <summary>
    /// A count starts a word (regex \b) that does not continue a figure ("1,5", "2.5": regex
    /// (?&lt;![,.]\d*), which at a word start only has to look at the one character before).
    /// </summary>
    private static bool StartsWord(ReadOnlySpan<char> t, int p) =>
        p == 0 || !ScanText.IsBoundaryWordChar(t[p - 1]) && t[p - 1] is not (',' or '.');

    /// <summary>Distances and times (read by the place and date stages), years, dates and "one of".</summary>
    private static bool IsNotACount(ReadOnlySpan<char> t, CountMatch m, Count c)
    {
        var after = t[m.End..];
        if (m.Qualifier < 0 && NotACountRegex().IsMatch(after[..Math.Min(20, after.Length)]))
        {
            return true;
        }
        if (!c.Vague && IsYear(t, m))
        {
            return true;
        }
        return t[m.Start..m.End].Equals("one", StringComparison.OrdinalIgnoreCase) && after.StartsWith(" of", StringComparison.Ordinal);
    }

    private static bool IsYear(ReadOnlySpan<char> t, CountMatch m)
    {
        var first = t[m.FirstStart..m.FirstEnd];
        if (!m.IsBetween && m.SecondStart < 0 && first.Length == 4 && int.TryParse(first, out var y) && y is >= 1900 and <= 2100)
        {
            return true;
        }
        // "12 April" is a date, not a count
        var after = t[m.End..].TrimStart();
        return after.Length > 2 && CalendarNames.MonthPatternStarts(after) || m.Qualifier < 0 && AfterMonth(t, m.Start);
    }

    /// <summary>"on November 26 and killed 40": a day after its month's name is a date, not a count.</summary>
    private static bool AfterMonth(ReadOnlySpan<char> t, int start)
    {
        if (start == 0 || !char.IsAsciiDigit(t[start]))
        {
            return false;
        }
        var before = t[..start].TrimEnd().TrimEnd('.');
        var i = before.Length;
        while (i > 0 && char.IsAsciiLetter(before[i - 1]))
        {
            i--;
        }
        var word = before[i..];
        if (word.Length < 3 || !char.IsAsciiLetterUpper(word[0]))
        {
            return false;
        }
        foreach (var month in CalendarNames.MonthWords)
        {
            if (word.Equals(month, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static Count? ToCount(string text, CountMatch m)
    {
        var q = m.Qualifier >= 0 ? CountMatcher.Qualifiers[m.Qualifier] : null;
        var qualifier = q switch
        {
            "over" or "upwards of" => "more than",
            "some" or "around" or "approximately" or "roughly" or "an estimated" or "close to" or "nearly" or "almost" => "about",
            "no fewer than" => "at least",
            _ => q,
        };
        if (m.IsBetween)
        {
            var a = NumberValue.Read(text, m.FirstStart, m.FirstEnd, out _);
            var b = NumberValue.Read(text, m.SecondStart, m.SecondEnd, out _);
            return a is null || b is null ? null : new Count(m.Start, m.End, Math.Min(a.Value, b.Value), Math.Max(a.Value, b.Value), qualifier ?? "between", false);
        }
        if (NumberValue.Read(text, m.FirstStart, m.FirstEnd, out var vague) is not { } v1)
        {
            return null;
        }
        if (m.SecondStart >= 0)
        {
            var v2 = NumberValue.Read(text, m.SecondStart, m.SecondEnd, out _);
            if (v2 is { } v && (m.SeparatorHasText || (!char.IsDigit(text[m.FirstStart]) && v > v1 && v - v1 <= 10)) && v >= v1)
            {
                return new Count(m.Start, m.End, v1, v, qualifier, vague);
            }
            // two numbers side by side that do not form a range: keep the first only
            return new Count(m.Start, m.FirstEnd, v1, v1, qualifier, vague);
        }
        var low = q == "up to" ? 0 : v1;
        return new Count(m.Start, m.End, low, v1, qualifier, vague);
    }
}
