using System.Globalization;
using System.Text;
using AnyAscii;

namespace ConflictWatch.Core;

/// <summary>
/// Folds names for matching: lower case, accents removed, apostrophes and hyphens to spaces,
/// so that "Ménaka", "Menaka" and "MENAKA", or "Birni N'Konni" and "Birni N Konni", meet.
/// Non-ASCII letters are transliterated by AnyAscii rather than by Unicode decomposition, because
/// the build runs with InvariantGlobalization, where string.Normalize leaves "é" as it is.
/// </summary>
public static class TextFold
{
    public static string Fold(ReadOnlySpan<char> s)
    {
        var sb = new StringBuilder(s.Length);
        var lastSpace = true;
        foreach (var c in s)
        {
            if (c < 128)
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    sb.Append(char.ToLowerInvariant(c));
                    lastSpace = false;
                    continue;
                }
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue; // a combining accent of decomposed text ("e\u0301") belongs to its letter
            }
            else if (char.IsLetterOrDigit(c) && AppendFolded(sb, c))
            {
                lastSpace = false;
                continue;
            }
            if (!lastSpace)
            {
                sb.Append(' ');
                lastSpace = true;
            }
        }
        if (sb.Length > 0 && sb[^1] == ' ')
        {
            sb.Length--;
        }
        return sb.ToString();
    }

    /// <summary>Appends the lower-case ASCII letters of a letter's transliteration ("é" → "e", "ß" → "ss").</summary>
    private static bool AppendFolded(StringBuilder sb, char c)
    {
        var any = false;
        foreach (var a in c.ToString().Transliterate())
        {
            if (char.IsAsciiLetterOrDigit(a))
            {
                sb.Append(char.ToLowerInvariant(a));
                any = true;
            }
        }
        if (!any)
        {
            sb.Append(char.ToLowerInvariant(c)); // a letter with no transliteration still matches itself
        }
        return true;
    }
}
