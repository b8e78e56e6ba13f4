using ConflictWatch.Core;

namespace ConflictWatch.Extraction.Places;

/// <summary>
/// Country names in text ("In neighboring Niger", "across the border in Burkina Faso"), which set
/// the country context for place ranking and for events with no finer place. "Niger River" and
/// "the Niger border" name no country context of their own.
/// Names are matched case-sensitively and whole, longest first, and only at the start of a run of
/// letters whose first word begins some name: one dictionary probe per word of the text.
/// </summary>
public static class CountryMentions
{
    /// <summary>Names (longer than three letters) with their country, by the run of letters they start with, longest name first.</summary>
    private static readonly Lazy<Dictionary<string, (string Name, Country Country)[]>> ByFirstWord = new(() =>
        Countries.All.SelectMany(c => c.OtherNames.Append(c.Name))
            .Where(n => n.Length > 3 && char.IsLetter(n[0]))
            .Distinct(StringComparer.Ordinal)
            .Select(n => (Name: n, Country: Countries.ByName(n)))
            .Where(n => n.Country is not null)
            .GroupBy(n => LetterRun(n.Name, 0).ToString(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(n => (n.Name, n.Country!)).OrderByDescending(n => n.Name.Length).ToArray(), StringComparer.Ordinal));

    /// <summary>
    /// The ASCII characters no name begins with ("N" begins "Niger", so it is not here). The scan
    /// jumps over runs of them with one vectorised search and stops only at characters that may begin
    /// a name: an ASCII first letter of one, or anything outside ASCII (probed as before).
    /// </summary>
    private static readonly Lazy<System.Buffers.SearchValues<char>> NoNameStarts = new(() => NotStarting(ByFirstWord.Value.Keys));

    /// <summary>
    /// The first words that begin with a lower-case ASCII letter ("eSwatini"). Such a letter stops the
    /// scan at nearly every word ("e" is in most of them), only to step over it; a text holds one of these
    /// words rarely, and a text that does not is scanned with <see cref="NoCapitalNameStarts"/>.
    /// </summary>
    private static readonly Lazy<System.Buffers.SearchValues<string>?> LowerFirstWords = new(() =>
        ByFirstWord.Value.Keys.Where(k => char.IsAsciiLetterLower(k[0])).ToArray() is { Length: > 0 } words
            ? System.Buffers.SearchValues.Create(words, StringComparison.Ordinal)
            : null);

    /// <summary>
    /// <see cref="NoNameStarts"/> with the lower-case first letters added: where none of
    /// <see cref="LowerFirstWords"/> occurs, a stop at one of those letters could only step over its
    /// word (inside a word) or find no name (at a word's start), and the scan ends up at the same
    /// place by stopping at the next character that may begin a name, or at the word's end.
    /// </summary>
    private static readonly Lazy<System.Buffers.SearchValues<char>> NoCapitalNameStarts = new(() => NotStarting(ByFirstWord.Value.Keys.Where(k => !char.IsAsciiLetterLower(k[0]))));

    private static System.Buffers.SearchValues<char> NotStarting(IEnumerable<string> keys)
    {
        var starts = keys.Select(k => k[0]).Where(c => c < 128).ToHashSet();
        return System.Buffers.SearchValues.Create(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !starts.Contains(c)).ToArray());
    }

    private static readonly string[] NotAfter = ["River", "river", "Delta", "delta", "valley", "Basin", "basin"];

    public static IEnumerable<(int Start, int End, Country Country, bool IsBorder)> Find(string text) => Find(text.AsSpan());

    /// <summary>
    /// The mentions in a span, as in a string of its characters: the document context reads a part of
    /// its text, and the title with the text, without copying them into a string first.
    /// </summary>
    public static List<(int Start, int End, Country Country, bool IsBorder)> Find(ReadOnlySpan<char> text)
    {
        var found = new List<(int, int, Country, bool)>();
        var names = ByFirstWord.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        var skip = LowerFirstWords.Value is { } lower && text.IndexOfAny(lower) < 0 ? NoCapitalNameStarts.Value : NoNameStarts.Value;
        for (var i = 0; i < text.Length; i++)
        {
            var next = text[i..].IndexOfAnyExcept(skip);
            if (next < 0)
            {
                break;
            }
            i += next;
            if (!char.IsLetter(text[i]))
            {
                continue;
            }
            if (i > 0 && char.IsLetter(text[i - 1]))
            {
                // inside a word ("eSwatini" stops the search at every 'e'): no name starts before its end
                i += LetterRun(text, i).Length - 1;
                continue;
            }
            var run = LetterRun(text, i);
            if (!names.TryGetValue(run, out var candidates) || AfterLake(text, i))
            {
                i += run.Length - 1;
                continue;
            }
            string? name = null;
            Country? c = null;
            foreach (var n in candidates)
            {
                if (text[i..].StartsWith(n.Name, StringComparison.Ordinal) && Ends(text, i + n.Name.Length))
                {
                    (name, c) = n;
                    break;
                }
            }
            if (name is null)
            {
                i += run.Length - 1;
                continue;
            }
            var end = i + name.Length;
            // the words around it: the 12 characters after it and the 25 before
            var after = text[end..Math.Min(text.Length, end + 12)];
            var before = text[Math.Max(0, i - 25)..i];
            var border = after.TrimStart().StartsWith("border", StringComparison.OrdinalIgnoreCase) || BorderWithOrOf.In(before) || before.EndsWith("from ", StringComparison.Ordinal);
            found.Add((i, end, c!, border));
            i = end - 1;
        }
        return found;
    }

    private static readonly Segmentation.Cue BorderWithOrOf = new("border with", "border of");

    private static ReadOnlySpan<char> LetterRun(ReadOnlySpan<char> text, int i)
    {
        var end = i;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        return text[i..end];
    }

    /// <summary>"Lake Chad" names the lake.</summary>
    private static bool AfterLake(ReadOnlySpan<char> text, int i) => i >= 5 && char.IsWhiteSpace(text[i - 1]) && text.Slice(i - 5, 4).SequenceEqual("Lake");

    /// <summary>The name ends at a non-letter and is not the first part of "Niger River" or "Senegal valley".</summary>
    private static bool Ends(ReadOnlySpan<char> text, int end)
    {
        if (end < text.Length && char.IsLetter(text[end]))
        {
            return false;
        }
        var j = end;
        while (j < text.Length && char.IsWhiteSpace(text[j]))
        {
            j++;
        }
        if (j == end)
        {
            return true;
        }
        foreach (var w in NotAfter)
        {
            if (text[j..].StartsWith(w, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }
}
