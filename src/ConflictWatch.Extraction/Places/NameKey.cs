using System.Globalization;
using ConflictWatch.Core;

namespace ConflictWatch.Extraction.Places;

/// <summary>
/// Folds a name into a caller's buffer without allocating, for the hot path of
/// <see cref="IGazetteer.Find"/>, which the mention scanner calls for every candidate span.
/// Gives exactly what <see cref="TextFold.Fold"/> gives: ASCII is folded inline and Latin letters
/// with accents through a per-character table made from TextFold itself; other scripts fall back.
/// </summary>
internal static class NameKey
{
    /// <summary>Longest name folded on the stack; longer ones take the allocating path.</summary>
    public const int MaxStackLength = 128;

    private const int TableEnd = 0x300;
    private const int ExtendedStart = 0x1E00;
    private const int ExtendedEnd = 0x1F00;
    private const int PunctuationStart = 0x2000;
    private const int PunctuationEnd = 0x2070;

    /// <summary>TextFold of each character from U+0080 to U+02FF ("" where it is a separator).</summary>
    private static readonly string[] Latin = Enumerable.Range(0, TableEnd).Select(c => c < 0x80 ? "" : TextFold.Fold(((char)c).ToString())).ToArray();

    /// <summary>The same for Latin Extended Additional (Vietnamese and Yoruba letters such as "ẹ").</summary>
    private static readonly string[] Extended = Enumerable.Range(ExtendedStart, ExtendedEnd - ExtendedStart).Select(c => TextFold.Fold(((char)c).ToString())).ToArray();

    /// <summary>The same for general punctuation (curly apostrophes of "N’Konni", dashes, non-breaking spaces).</summary>
    private static readonly string[] Punctuation = Enumerable.Range(PunctuationStart, PunctuationEnd - PunctuationStart).Select(c => TextFold.Fold(((char)c).ToString())).ToArray();

    /// <summary>Folds <paramref name="s"/> into <paramref name="dest"/>; false when it has characters outside the tables or does not fit.</summary>
    public static bool TryFold(ReadOnlySpan<char> s, Span<char> dest, out int length)
    {
        length = 0;
        var lastSpace = true;
        foreach (var c in s)
        {
            ReadOnlySpan<char> folded;
            if (c < 128)
            {
                if (!char.IsAsciiLetterOrDigit(c))
                {
                    folded = [];
                }
                else if (length < dest.Length)
                {
                    dest[length++] = char.ToLowerInvariant(c);
                    lastSpace = false;
                    continue;
                }
                else
                {
                    return false;
                }
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            else if (c < TableEnd)
            {
                folded = Latin[c];
            }
            else if (c is >= (char)ExtendedStart and < (char)ExtendedEnd)
            {
                folded = Extended[c - ExtendedStart];
            }
            else if (c is >= (char)PunctuationStart and < (char)PunctuationEnd)
            {
                folded = Punctuation[c - PunctuationStart];
            }
            else
            {
                return false;
            }
            if (folded.Length > 0)
            {
                if (length + folded.Length > dest.Length)
                {
                    return false;
                }
                folded.CopyTo(dest[length..]);
                length += folded.Length;
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

/// <summary>A gazetteer that can be probed with an already folded key, so a composite folds once.</summary>
internal interface IFoldedLookup
{
    IReadOnlyList<Place> FindFolded(ReadOnlySpan<char> key);
}
