using System.Text.RegularExpressions;

namespace ConflictWatch.Extraction.Segmentation;

/// <summary>
/// Runs a pattern only where a match can begin: at words from a fixed set (and, if asked, at
/// numbers). A large alternation scanned with Regex.Matches is tried at nearly every character of
/// a clause; anchored (\G) at a handful of word starts it costs a fraction of that and finds the
/// same matches, provided every alternative of the pattern begins with one of the words.
/// </summary>
public sealed class StartWords
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly bool digits;
    private readonly int longest;

    /// <param name="words">lower-case words that can begin a match; matched case-insensitively.</param>
    /// <param name="digits">whether a match can also begin at a number.</param>
    public StartWords(IEnumerable<string> words, bool digits)
    {
        var set = new HashSet<string>(words, StringComparer.Ordinal);
        lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        this.digits = digits;
        longest = set.Count == 0 ? 0 : set.Max(w => w.Length);
    }

    /// <summary>The matches <paramref name="anchored"/> (a pattern starting with \G) makes at the start words of <paramref name="text"/>, left to right and not overlapping, as Regex.Matches would give them.</summary>
    public List<Match> Matches(Regex anchored, string text) => Scan(anchored, text, firstOnly: false);

    /// <summary>Whether <paramref name="anchored"/> matches at any start word of <paramref name="text"/>.</summary>
    public bool IsMatch(Regex anchored, string text) => Scan(anchored, text, firstOnly: true).Count > 0;

    private List<Match> Scan(Regex anchored, string text, bool firstOnly)
    {
        var result = new List<Match>();
        Span<char> buffer = stackalloc char[Math.Max(longest, 1)];
        var lastEnd = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (i < lastEnd || !char.IsLetterOrDigit(c) || i > 0 && char.IsLetterOrDigit(text[i - 1]))
            {
                continue;
            }
            if (char.IsDigit(c) ? !digits : !IsStartWord(text, i, buffer))
            {
                continue;
            }
            var m = anchored.Match(text, i);
            if (m.Success && m.Length > 0)
            {
                result.Add(m);
                if (firstOnly)
                {
                    break;
                }
                lastEnd = m.Index + m.Length;
            }
        }
        return result;
    }

    /// <summary>Whether the run of letters at <paramref name="i"/>, lower-cased, is one of the words.</summary>
    private bool IsStartWord(string text, int i, Span<char> buffer)
    {
        var n = 0;
        while (i + n < text.Length && char.IsLetter(text[i + n]))
        {
            if (n == buffer.Length)
            {
                return false;
            }
            buffer[n] = char.ToLowerInvariant(text[i + n]);
            n++;
        }
        return n > 0 && lookup.Contains(buffer[..n]);
    }
}
