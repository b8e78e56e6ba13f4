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
        if (!MayHaveBoundary(sentence))
        {
            yield return (0, sentence);
            yield break;
        }
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

    /// <summary>
    /// The joining words, searched for apart from the semicolon: with a one-character value among
    /// them the search could not use its vectorised multi-string form and fell back to a slower
    /// search (Aho-Corasick), 1.3% of the whole extraction.
    /// </summary>
    private static readonly System.Buffers.SearchValues<string> Words = System.Buffers.SearchValues.Create(["then", "while", "whereas"], StringComparison.Ordinal);

    /// <summary>
    /// Whether the sentence holds what every boundary contains: a semicolon, one of the joining words,
    /// or a full stop with a space after it. Most sentences hold none, and the pattern, which may begin
    /// at any space, is then not run.
    /// </summary>
    private static bool MayHaveBoundary(string sentence)
    {
        if (sentence.Contains(';') || sentence.AsSpan().IndexOfAny(Words) >= 0)
        {
            return true;
        }
        for (var dot = sentence.IndexOf('.'); dot >= 0; dot = sentence.IndexOf('.', dot + 1))
        {
            if (dot + 1 < sentence.Length && char.IsWhiteSpace(sentence[dot + 1]))
            {
                return true;
            }
        }
        return false;
    }

    /// <remarks>"hit an explosive device and then came under fire" is one ambush told in two steps, not two happenings.</remarks>
    [GeneratedRegex(@",?\s+then\s+(?!c[ao]mes?\s+under\b)|;\s+|,\s+while\s+|,\s+whereas\s+|\.\s+(?=[A-Z])")]
    private static partial Regex Boundary();
}
