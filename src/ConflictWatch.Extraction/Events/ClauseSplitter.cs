using System.Text.RegularExpressions;

namespace ConflictWatch.Extraction.Events;

/// <summary>
/// Splits a sentence where news chains separate happenings: "struck A, killing nine, then moved
/// on to B", "...; 4 soldiers killed", "X said ..., while the army said ...". Offsets are kept.
/// </summary>
public static partial class ClauseSplitter
{
    public static IEnumerable<(int Start, string Text)> Split(string sentence)
    {
        var start = 0;
        foreach (Match m in Boundary().Matches(sentence))
        {
            if (m.Index - start >= 12)
            {
                yield return (start, sentence[start..m.Index]);
                start = m.Index + m.Length;
            }
        }
        yield return (start, sentence[start..]);
    }

    [GeneratedRegex(@",?\s+then\s+|;\s+|,\s+while\s+|,\s+whereas\s+|\.\s+(?=[A-Z])")]
    private static partial Regex Boundary();
}
