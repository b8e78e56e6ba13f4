using System.Text.RegularExpressions;

namespace ConflictWatch.Extraction.Segmentation;

/// <summary>
/// The few characters before or after a mention, as a span of the clause rather than a substring.
/// The detectors test small patterns on such windows around every count, actor and place; cutting
/// each window out and getting a Match object back cost more than the tests themselves.
/// Anchors behave as on a substring: ^ and $ are the window's edges.
/// </summary>
public static class Window
{
    /// <summary>Up to <paramref name="length"/> characters ending at <paramref name="end"/>.</summary>
    public static ReadOnlySpan<char> Before(string text, int end, int length)
    {
        var start = Math.Max(0, end - length);
        return text.AsSpan(start, end - start);
    }

    /// <summary>Up to <paramref name="length"/> characters starting at <paramref name="start"/>.</summary>
    public static ReadOnlySpan<char> After(string text, int start, int length) =>
        text.AsSpan(start, Math.Min(text.Length, start + length) - start);

    /// <summary>Where the first match of <paramref name="regex"/> in <paramref name="input"/> ends, or -1.</summary>
    public static int FirstEnd(this Regex regex, ReadOnlySpan<char> input)
    {
        foreach (var m in regex.EnumerateMatches(input))
        {
            return m.Index + m.Length;
        }
        return -1;
    }
}
