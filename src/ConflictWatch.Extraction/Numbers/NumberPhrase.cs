using static ConflictWatch.Extraction.Numbers.ScanText;

namespace ConflictWatch.Extraction.Numbers;

/// <summary>
/// Where a number phrase starting at a position can end: "23", "1,277", "1.8 million",
/// "twenty-three", "one hundred and five", "a hundred", "several dozen", "dozens".
/// <para>
/// The ends come in the order a backtracking regex tries them, because that order decides what
/// is read: the first alternative that leads to a whole match wins, not the longest ("several
/// dozen" is tried before "several"; "1,000,000" before "1,000" before "1"). Every phrase a count
/// can use must be followed by a non-word character (the count's end, a space, a dash), so an end
/// followed by a letter or digit is never listed: that keeps the lists to a few entries.
/// </para>
/// </summary>
internal static class NumberPhrase
{
    private static readonly string[] Tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    private static readonly string[] Ones = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];
    private static readonly string[] Scales = ["hundred", "thousand", "million", "dozen"]; // "two dozen soldiers" is 24

    /// <summary>The phrases that take no scale word, in the regex's order of alternatives.</summary>
    private static readonly string[] Fixed =
    [
        "a hundred", "a thousand", "a million", "a dozen", "several dozen", "several hundred", "several thousand",
        "dozens", "hundreds", "thousands", "tens", "scores", "several", "a few", "a handful",
    ];

    // By first letter, order kept, so a position only tries the words that can start there.
    private static readonly (string Word, bool IsTens)[][] WordsByInitial = ByInitial(Tens.Select(w => (w, true)).Concat(Units.Select(w => (w, false))));
    private static readonly (string Word, bool IsTens)[][] FixedByInitial = ByInitial(Fixed.Select(w => (w, false)));

    /// <summary>The words a number phrase can start with ("twenty", "a", "several"), when it does not start with a digit.</summary>
    public static IEnumerable<string> FirstWords => Tens.Concat(Units).Concat(Fixed).Select(w => w.Split(' ')[0]);

    /// <summary>The end of the first phrase at <paramref name="s"/>, or -1 when none starts there.</summary>
    public static int First(ReadOnlySpan<char> t, int s)
    {
        var ends = new EndList(stackalloc int[1], growable: false);
        Collect(t, s, ref ends);
        return ends.Count > 0 ? ends[0] : -1;
    }

    /// <summary>Every end of a phrase at <paramref name="s"/>, first choice first.</summary>
    public static void All(ReadOnlySpan<char> t, int s, ref EndList ends) => Collect(t, s, ref ends);

    /// <summary>Adds the ends in order; true once the list is full.</summary>
    private static bool Collect(ReadOnlySpan<char> t, int s, ref EndList ends)
    {
        if (s >= t.Length)
        {
            return false;
        }
        if (char.IsDigit(t[s]))
        {
            return Digits(t, s, ref ends);
        }
        var initial = AsciiLower(t[s]) - 'a';
        if ((uint)initial >= 26)
        {
            return false;
        }
        if (Word(t, s, ref ends, scaled: true))
        {
            return true;
        }
        foreach (var (phrase, _) in FixedByInitial[initial])
        {
            var e = Literal(t, s, phrase);
            if (e > 0 && !WordCharAt(t, e) && ends.Add(e))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "1,277,000.5" (one to three digits, then groups of three; fewer groups are later choices,
    /// each ending at a comma), then a plain run "1277" with optional decimals; each may take a scale.
    /// </summary>
    private static bool Digits(ReadOnlySpan<char> t, int s, ref EndList ends)
    {
        var run = SkipDigits(t, s);
        if (run - s <= 3 && run < t.Length && t[run] == ',')
        {
            var groups = 0;
            for (var i = run; i + 3 < t.Length && t[i] == ',' && char.IsDigit(t[i + 1]) && char.IsDigit(t[i + 2]) && char.IsDigit(t[i + 3]); i += 4)
            {
                groups++;
            }
            for (var g = groups; g >= 1; g--)
            {
                var e = run + 4 * g;
                if (g == groups && Decimals(t, e) is var d && d > 0 && !WordCharAt(t, d) && Scaled(t, d, ref ends))
                {
                    return true;
                }
                if (!WordCharAt(t, e) && Scaled(t, e, ref ends))
                {
                    return true;
                }
            }
        }
        var decimals = Decimals(t, run);
        if (decimals > 0 && !WordCharAt(t, decimals) && Scaled(t, decimals, ref ends))
        {
            return true;
        }
        return !WordCharAt(t, run) && Scaled(t, run, ref ends);
    }

    /// <summary>The end of ".5" at <paramref name="i"/> with all its digits, or -1.</summary>
    private static int Decimals(ReadOnlySpan<char> t, int i) =>
        i + 1 < t.Length && t[i] == '.' && char.IsDigit(t[i + 1]) ? SkipDigits(t, i + 1) : -1;

    /// <summary>"twenty-three", "twenty three", "twenty", "seventeen": a number word, with a scale when asked.</summary>
    private static bool Word(ReadOnlySpan<char> t, int s, ref EndList ends, bool scaled)
    {
        var initial = s < t.Length ? AsciiLower(t[s]) - 'a' : -1;
        if ((uint)initial >= 26)
        {
            return false;
        }
        foreach (var (word, isTens) in WordsByInitial[initial])
        {
            var e = Literal(t, s, word);
            if (e < 0)
            {
                continue;
            }
            if (isTens && e < t.Length && t[e] is '-' or ' ')
            {
                foreach (var one in Ones)
                {
                    var u = Literal(t, e + 1, one);
                    if (u > 0)
                    {
                        if (!WordCharAt(t, u) && Emit(t, u, ref ends, scaled))
                        {
                            return true;
                        }
                        break;
                    }
                }
            }
            if (!WordCharAt(t, e) && Emit(t, e, ref ends, scaled))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Emit(ReadOnlySpan<char> t, int e, ref EndList ends, bool scaled) =>
        scaled ? Scaled(t, e, ref ends) : ends.Add(e);

    /// <summary>
    /// A figure <paramref name="e"/> with its optional scale, longest first: "five hundred and
    /// six", "five hundred", "five". The caller has checked that no word character follows <paramref name="e"/>.
    /// </summary>
    private static bool Scaled(ReadOnlySpan<char> t, int e, ref EndList ends)
    {
        var w = SkipSpace(t, e);
        if (w > e)
        {
            foreach (var scale in Scales)
            {
                var scaleEnd = Literal(t, w, scale);
                if (scaleEnd < 0)
                {
                    continue;
                }
                var and = SkipSpace(t, scaleEnd);
                var andEnd = and > scaleEnd ? Literal(t, and, "and") : -1;
                var next = andEnd > 0 ? SkipSpace(t, andEnd) : -1;
                if (next > andEnd && andEnd > 0 && Word(t, next, ref ends, scaled: false))
                {
                    return true;
                }
                if (!WordCharAt(t, scaleEnd) && ends.Add(scaleEnd))
                {
                    return true;
                }
                break;
            }
        }
        return ends.Add(e);
    }

    private static (string, bool)[][] ByInitial(IEnumerable<(string Word, bool IsTens)> words)
    {
        var list = words.ToList();
        return Enumerable.Range(0, 26).Select(i => list.Where(w => w.Word[0] - 'a' == i).ToArray()).ToArray();
    }
}
