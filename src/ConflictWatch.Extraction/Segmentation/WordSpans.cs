namespace ConflictWatch.Extraction.Segmentation;

/// <summary>A word's position in its text.</summary>
public readonly record struct WordSpan(int Index, int Length)
{
    public int End => Index + Length;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Index, Length);
}

/// <summary>
/// Splits text into words: a letter or digit, then letters, digits and apostrophes, with inner
/// hyphens kept ("al-Qaeda", "N’Guigmi", "twenty-three"). The name and place finders scan every
/// clause word by word; doing it here in one pass, without a regex match object per word, keeps
/// that scan cheap.
/// </summary>
public static class WordSpans
{
    /// <summary>The last text split on this thread and its words: the actor and place finders both split each clause.</summary>
    [ThreadStatic]
    private static (string Text, WordSpan[] Words)? last;

    /// <summary>The words of <paramref name="text"/>; the array is shared with other callers and must not be changed.</summary>
    public static WordSpan[] Of(string text)
    {
        if (last is { } l && ReferenceEquals(l.Text, text))
        {
            return l.Words;
        }
        // one pass into a stack buffer and one exact copy; a clause too long for it takes a second
        // pass (counting, then filling), still one allocation with nothing to grow
        Span<WordSpan> buffer = stackalloc WordSpan[256];
        var count = Split(text, buffer);
        var result = count <= buffer.Length ? buffer[..count].ToArray() : new WordSpan[count];
        if (count > buffer.Length)
        {
            Split(text, result);
        }
        last = (text, result);
        return result;
    }

    /// <summary>Writes the words into <paramref name="into"/> while it has room; returns how many there are.</summary>
    private static int Split(string text, Span<WordSpan> into)
    {
        var n = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            i = RunEnd(text, i + 1);
            while (i + 1 < text.Length && text[i] == '-' && Inner(text[i + 1]))
            {
                i = RunEnd(text, i + 1);
            }
            if (n < into.Length)
            {
                into[n] = new WordSpan(start, i - start);
            }
            n++;
        }
        return n;
    }

    private static int RunEnd(string text, int i)
    {
        while (i < text.Length && Inner(text[i]))
        {
            i++;
        }
        return i;
    }

    private static bool Inner(char c) => char.IsLetterOrDigit(c) || c is '\'' or '’';
}
