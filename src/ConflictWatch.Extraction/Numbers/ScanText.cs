using System.Globalization;

namespace ConflictWatch.Extraction.Numbers;

/// <summary>
/// The character classes of the count scanner, defined exactly as .NET's regex engine defines
/// them, because the scanner must read text as the regex it replaced did (RegexCountOracle in the
/// tests): \w is a letter, non-spacing mark, decimal digit or connector punctuation; a word
/// boundary also treats ZWJ and ZWNJ as word characters; \d is any Unicode decimal digit; \s is
/// <see cref="char.IsWhiteSpace(char)"/>; and letters match case-insensitively in ASCII only.
/// </summary>
internal static class ScanText
{
    private const int WordCategories =
        1 << (int)UnicodeCategory.UppercaseLetter |
        1 << (int)UnicodeCategory.LowercaseLetter |
        1 << (int)UnicodeCategory.TitlecaseLetter |
        1 << (int)UnicodeCategory.ModifierLetter |
        1 << (int)UnicodeCategory.OtherLetter |
        1 << (int)UnicodeCategory.NonSpacingMark |
        1 << (int)UnicodeCategory.DecimalDigitNumber |
        1 << (int)UnicodeCategory.ConnectorPunctuation;

    /// <summary>Regex \w.</summary>
    public static bool IsWordChar(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c) || c == '_' : (WordCategories & (1 << (int)CharUnicodeInfo.GetUnicodeCategory(c))) != 0;

    /// <summary>A word character for regex \b, which also counts the zero-width (non-)joiners.</summary>
    public static bool IsBoundaryWordChar(char c) => IsWordChar(c) || c is '\u200C' or '\u200D';

    /// <summary>True when a word character follows <paramref name="i"/>, i.e. regex (?!\w) would fail there.</summary>
    public static bool WordCharAt(ReadOnlySpan<char> t, int i) => i < t.Length && IsWordChar(t[i]);

    /// <summary>The index after the whitespace starting at <paramref name="i"/> (regex \s*).</summary>
    public static int SkipSpace(ReadOnlySpan<char> t, int i)
    {
        while (i < t.Length && char.IsWhiteSpace(t[i]))
        {
            i++;
        }
        return i;
    }

    /// <summary>The index after the run of Unicode decimal digits starting at <paramref name="i"/>.</summary>
    public static int SkipDigits(ReadOnlySpan<char> t, int i)
    {
        while (i < t.Length && char.IsDigit(t[i]))
        {
            i++;
        }
        return i;
    }

    /// <summary>
    /// The end of <paramref name="literal"/> (lower case) at <paramref name="i"/>, or -1. Letters match
    /// either ASCII case, nothing else (the regex ran with IgnoreCase | CultureInvariant); spaces and
    /// punctuation match exactly.
    /// </summary>
    public static int Literal(ReadOnlySpan<char> t, int i, string literal)
    {
        if (literal.Length > t.Length - i)
        {
            return -1;
        }
        for (var k = 0; k < literal.Length; k++)
        {
            var c = t[i + k];
            var l = literal[k];
            if (c != l && !(char.IsAsciiLetterLower(l) && (c | 0x20) == l))
            {
                return -1;
            }
        }
        return i + literal.Length;
    }

    /// <summary>Lower-case ASCII of <paramref name="c"/> when it is an ASCII letter, else <paramref name="c"/>.</summary>
    public static char AsciiLower(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
}
