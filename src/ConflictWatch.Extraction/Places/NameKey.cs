using ConflictWatch.Core;

namespace ConflictWatch.Extraction.Places;

/// <summary>
/// Folds a name into a caller's buffer without allocating, for the hot path of
/// <see cref="IGazetteer.Find"/>, which the mention scanner calls for every candidate span.
/// Gives the same result as <see cref="TextFold.Fold"/> for ASCII; other text falls back to it.
/// </summary>
internal static class NameKey
{
    /// <summary>Longest name folded on the stack; longer ones take the allocating path.</summary>
    public const int MaxStackLength = 128;

    /// <summary>Folds ASCII <paramref name="s"/> into <paramref name="dest"/>; false when the text has non-ASCII or does not fit.</summary>
    public static bool TryFoldAscii(ReadOnlySpan<char> s, Span<char> dest, out int length)
    {
        length = 0;
        var lastSpace = true;
        foreach (var c in s)
        {
            if (c >= 128)
            {
                return false;
            }
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (length == dest.Length)
                {
                    return false;
                }
                dest[length++] = char.ToLowerInvariant(c);
                lastSpace = false;
            }
            else if (!lastSpace)
            {
                if (length == dest.Length)
                {
                    return false;
                }
                dest[length++] = ' ';
                lastSpace = true;
            }
        }
        if (length > 0 && dest[length - 1] == ' ')
        {
            length--;
        }
        return true;
    }

    /// <summary>Words in a folded key (keys have single spaces and no edge spaces).</summary>
    public static int WordCount(string key) => key.Length == 0 ? 0 : key.AsSpan().Count(' ') + 1;
}
