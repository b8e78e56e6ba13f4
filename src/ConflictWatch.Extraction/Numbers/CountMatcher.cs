using static ConflictWatch.Extraction.Numbers.ScanText;

namespace ConflictWatch.Extraction.Numbers;

/// <summary>
/// Where one count lies in the text: its whole extent (qualifier included), the qualifier, and
/// its one or two number phrases ("between" ranges and "4-6", "two or three", "two three").
/// </summary>
/// <param name="Qualifier">Index into <see cref="CountMatcher.Qualifiers"/>, or -1.</param>
/// <param name="SecondStart">Start of the second number, or -1 when there is none.</param>
/// <param name="SeparatorHasText">The numbers are joined by a dash, "to" or "or", not only by space.</param>
internal readonly record struct CountMatch(
    int Start, int End, int Qualifier, bool IsBetween, int FirstStart, int FirstEnd, int SecondStart, int SecondEnd, bool SeparatorHasText);

/// <summary>
/// Reads the count that starts at a word: an optional qualifier ("at least", "some"), then either
/// "between X and Y" or a number with an optional second one after a dash, "to", "or" or a space.
/// <para>
/// The choices are made in the order of the regex this replaced (kept as the test oracle): with a
/// qualifier before without; "between" before a plain number; of the number phrases, the first
/// choice (see <see cref="NumberPhrase"/>); a second number before none, trying dash, "to", "or",
/// then a bare space. Because every listed phrase end is followed by a non-word character, the
/// first phrase choice always makes a count on its own, so only "between" ever needs a second choice.
/// </para>
/// </summary>
internal static class CountMatcher
{
    /// <summary>Qualifiers in lower case, in the regex's order; <see cref="CountMatch.Qualifier"/> indexes this.</summary>
    public static readonly string[] Qualifiers =
    [
        "at least", "at most", "more than", "over", "nearly", "almost", "about", "around", "some", "approximately",
        "roughly", "up to", "as many as", "an estimated", "fewer than", "less than", "close to", "no fewer than", "upwards of",
    ];

    // Qualifier indices by first letter, so a word only tries the qualifiers that can start with it.
    private static readonly int[][] QualifiersByInitial =
        Enumerable.Range(0, 26).Select(c => Enumerable.Range(0, Qualifiers.Length).Where(i => Qualifiers[i][0] - 'a' == c).ToArray()).ToArray();

    /// <summary>
    /// The words a count can start with when it does not start with a digit: the first words of the
    /// qualifiers, "between" and the first words of number phrases. Each is followed by a space or
    /// a non-word character in any count, so a count can only start at a run of letters that is one of them.
    /// </summary>
    public static IEnumerable<string> FirstWords => Qualifiers.Select(q => q.Split(' ')[0]).Append("between").Concat(NumberPhrase.FirstWords).Distinct();

    /// <summary>The count starting at <paramref name="p"/>; the caller has checked that a word starts there.</summary>
    public static bool TryMatch(ReadOnlySpan<char> t, int p, out CountMatch match)
    {
        var qualifier = Qualifier(t, p, out var afterQualifier);
        if (qualifier >= 0 && Rest(t, p, afterQualifier, qualifier, out match))
        {
            return true;
        }
        return Rest(t, p, p, -1, out match);
    }

    /// <summary>The qualifier at <paramref name="p"/> followed by whitespace, or -1 (no qualifier is a prefix of another).</summary>
    private static int Qualifier(ReadOnlySpan<char> t, int p, out int next)
    {
        next = p;
        var initial = AsciiLower(t[p]) - 'a';
        if ((uint)initial >= 26)
        {
            return -1;
        }
        foreach (var i in QualifiersByInitial[initial])
        {
            var e = Literal(t, p, Qualifiers[i]);
            if (e > 0)
            {
                next = SkipSpace(t, e);
                return next > e ? i : -1;
            }
        }
        return -1;
    }

    private static bool Rest(ReadOnlySpan<char> t, int p, int s, int qualifier, out CountMatch match)
    {
        if (Between(t, p, s, qualifier, out match))
        {
            return true;
        }
        var firstEnd = NumberPhrase.First(t, s);
        if (firstEnd < 0)
        {
            return false;
        }
        var gap = SkipSpace(t, firstEnd);
        if (gap < t.Length && t[gap] is '-' or '–' && Second(t, SkipSpace(t, gap + 1), out var secondStart, out var secondEnd))
        {
            match = new CountMatch(p, secondEnd, qualifier, false, s, firstEnd, secondStart, secondEnd, true);
            return true;
        }
        if (gap > firstEnd)
        {
            foreach (var word in (ReadOnlySpan<string>)["to", "or"])
            {
                var w = Literal(t, gap, word);
                var next = w > 0 ? SkipSpace(t, w) : -1;
                if (next > w && w > 0 && Second(t, next, out secondStart, out secondEnd))
                {
                    match = new CountMatch(p, secondEnd, qualifier, false, s, firstEnd, secondStart, secondEnd, true);
                    return true;
                }
            }
            if (Second(t, gap, out secondStart, out secondEnd))
            {
                match = new CountMatch(p, secondEnd, qualifier, false, s, firstEnd, secondStart, secondEnd, false);
                return true;
            }
        }
        match = new CountMatch(p, firstEnd, qualifier, false, s, firstEnd, -1, -1, false);
        return true;
    }

    private static bool Second(ReadOnlySpan<char> t, int s, out int start, out int end)
    {
        start = s;
        end = NumberPhrase.First(t, s);
        return end > 0;
    }

    /// <summary>"between X and Y": every choice of X is tried, as "and" must follow it.</summary>
    private static bool Between(ReadOnlySpan<char> t, int p, int s, int qualifier, out CountMatch match)
    {
        match = default;
        var b = Literal(t, s, "between");
        var x = b > 0 ? SkipSpace(t, b) : -1;
        if (b < 0 || x == b)
        {
            return false;
        }
        var firsts = new EndList(stackalloc int[8], growable: true);
        NumberPhrase.All(t, x, ref firsts);
        for (var k = 0; k < firsts.Count; k++)
        {
            var firstEnd = firsts[k];
            var and = SkipSpace(t, firstEnd);
            var andEnd = and > firstEnd ? Literal(t, and, "and") : -1;
            var y = andEnd > 0 ? SkipSpace(t, andEnd) : -1;
            if (andEnd > 0 && y > andEnd && Second(t, y, out var secondStart, out var secondEnd))
            {
                match = new CountMatch(p, secondEnd, qualifier, true, x, firstEnd, secondStart, secondEnd, false);
                return true;
            }
        }
        return false;
    }
}
