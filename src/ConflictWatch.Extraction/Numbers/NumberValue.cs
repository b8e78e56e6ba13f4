namespace ConflictWatch.Extraction.Numbers;

/// <summary>
/// The value of a number phrase the scanner found, as <see cref="NumberWords.Parse"/> gives it,
/// without allocating: the same steps on the span (a vague phrase first, then the words summed
/// with hundred, thousand, million and dozen scaling, in the same floating-point order).
/// A phrase with a non-ASCII character or whitespace other than a space ("٣", "5\u00A0million")
/// goes to Parse itself: Parse splits on spaces only, and its results there are not worth mirroring.
/// </summary>
internal static class NumberValue
{
    private const int MaxPlainLength = 64;

    /// <summary>The value of <c>text[start..end]</c> or null, and whether it is one of <see cref="NumberWords.Vague"/>.</summary>
    public static double? Read(string text, int start, int end, out bool vague)
    {
        var s = text.AsSpan(start, end - start);
        if (s.Length > MaxPlainLength || s.ContainsAnyExceptInRange(' ', '~'))
        {
            var phrase = text[start..end];
            vague = NumberWords.Vague.ContainsKey(phrase.Trim());
            return NumberWords.Parse(phrase);
        }
        s = s.Trim(' ');
        if (NumberWords.VagueBySpan.TryGetValue(s, out var v))
        {
            vague = true;
            return v;
        }
        vague = false;
        return Sum(s);
    }

    /// <summary>Parse's word loop: words split at spaces and hyphens, commas dropped, lower-cased.</summary>
    private static double? Sum(ReadOnlySpan<char> s)
    {
        Span<char> buffer = stackalloc char[MaxPlainLength];
        double total = 0, current = 0;
        var any = false;
        for (var i = 0; i < s.Length; i++)
        {
            var n = 0;
            for (; i < s.Length && s[i] is not (' ' or '-'); i++)
            {
                if (s[i] != ',')
                {
                    buffer[n++] = ScanText.AsciiLower(s[i]);
                }
            }
            var w = buffer[..n];
            if (n == 0 || w is "and")
            {
                continue;
            }
            if (!NumberWords.Step(w, ref total, ref current))
            {
                return null;
            }
            any = true;
        }
        return any ? total + current : null;
    }
}
