using System.Globalization;
using System.Text;

namespace ConflictWatch.Core;

/// <summary>
/// Folds names for matching: lower case, accents removed, apostrophes and hyphens to spaces,
/// so that "Ménaka", "Menaka" and "MENAKA", or "Birni N'Konni" and "Birni N Konni", meet.
/// </summary>
public static class TextFold
{
    public static string Fold(ReadOnlySpan<char> s)
    {
        var sb = new StringBuilder(s.Length);
        var lastSpace = true;
        foreach (var c0 in s)
        {
            var c = c0;
            if (c < 128)
            {
                if (char.IsLetterOrDigit(c))
                {
                    sb.Append(char.ToLowerInvariant(c));
                    lastSpace = false;
                    continue;
                }
            }
            else
            {
                var folded = FoldChar(c);
                if (folded != '\0')
                {
                    sb.Append(folded);
                    lastSpace = false;
                    continue;
                }
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

    private static char FoldChar(char c)
    {
        if (!char.IsLetterOrDigit(c))
        {
            return '\0';
        }
        var d = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var x in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(x) != UnicodeCategory.NonSpacingMark)
            {
                return char.ToLowerInvariant(x);
            }
        }
        return char.ToLowerInvariant(c);
    }
}
