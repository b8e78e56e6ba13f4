using ConflictWatch.Core;
using ConflictWatch.Extraction.Places;

namespace ConflictWatch.Extraction.Events;

/// <summary>
/// Which countries a dispatch and each of its parts are about, so that "Bosso" or "the army"
/// resolve to the right country: countries named in the part, then in the title and the whole
/// text by frequency, then the configured focus region.
/// </summary>
public sealed class DocumentContext
{
    private readonly string text;
    private readonly List<string> documentCountries;

    /// <summary>The mentions of the whole text as a scan of it alone finds them, when the title-and-text scan tells them (see <see cref="TextPart"/>), else null.</summary>
    private readonly List<(int Start, int End, Country Country, bool IsBorder)>? textMentions;
    private static readonly Lazy<IReadOnlyList<string>> Focus = new(() => DataFiles.Lines("lexicon/focus-countries.txt").Select(l => l.Trim()).ToList());

    public DocumentContext(string text, string? title)
    {
        this.text = text;
        // countries by how often they are named, ties in order of first mention (as a stable sort of
        // the groups would give them), counted in a short list rather than through a lookup
        var named = new List<(string Iso2, int Count)>();
        var all = TitleAndTextMentions(title, text);
        textMentions = TextPart(all, title ?? "");
        foreach (var c in all)
        {
            if (c.IsBorder)
            {
                continue;
            }
            var at = named.FindIndex(n => n.Iso2 == c.Country.Iso2);
            if (at < 0)
            {
                named.Add((c.Country.Iso2, 1));
            }
            else
            {
                named[at] = (c.Country.Iso2, named[at].Count + 1);
            }
        }
        documentCountries = named.Count <= 1 ? named.ConvertAll(n => n.Iso2) : named.OrderByDescending(n => n.Count).Select(n => n.Iso2).ToList();
        if (documentCountries.Count == 0)
        {
            documentCountries.AddRange(Demonyms(text));
        }
    }

    /// <summary>
    /// The country mentions of the title (counted twice, so it weighs more) and the text: those of
    /// "{title}\n{title}\n{text}", written into a pooled buffer rather than a new string the size of
    /// the dispatch.
    /// </summary>
    private static List<(int Start, int End, Country Country, bool IsBorder)> TitleAndTextMentions(string? title, string text)
    {
        var t = title ?? "";
        var length = 2 * t.Length + 2 + text.Length;
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(length);
        try
        {
            var into = buffer.AsSpan();
            t.CopyTo(into);
            into[t.Length] = '\n';
            t.CopyTo(into[(t.Length + 1)..]);
            into[2 * t.Length + 1] = '\n';
            text.CopyTo(into[(2 * t.Length + 2)..]);
            return CountryMentions.Find(into[..length]);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The text's own mentions, read off the scan of "{title}\n{title}\n{text}", so that a dispatch of one
    /// entry (the usual case), whose entry is the whole text, is not scanned a second time. That scan reaches
    /// the text as a scan of the text alone begins (after a newline, which no name spans) and decides alike
    /// from there, except where it looks back across the newline: for "Lake" right before a name (a title
    /// ending in "Lake") and in the 25 characters before a name, read for "border with" and the like. When
    /// either could differ, null: the text is scanned alone.
    /// </summary>
    private static List<(int Start, int End, Country Country, bool IsBorder)>? TextPart(List<(int Start, int End, Country Country, bool IsBorder)> all, string title)
    {
        if (title.EndsWith("Lake", StringComparison.Ordinal))
        {
            return null;
        }
        var offset = 2 * title.Length + 2;
        var part = new List<(int, int, Country, bool)>();
        foreach (var (start, end, country, border) in all)
        {
            if (start < offset)
            {
                continue; // the title's
            }
            if (start < offset + 25)
            {
                return null;
            }
            part.Add((start - offset, end - offset, country, border));
        }
        return part;
    }

    /// <summary>
    /// Countries of the focus region by their demonyms ("Nigerien soldiers"), most frequent first, for a
    /// text that names no country: wire reports from Niamey and ACLED notes often do not. (Outside the
    /// region a demonym is more often a foreign force or a trade partner than the report's country.)
    /// The focus demonyms are searched for all at once, so a note that names no country costs one scan.
    /// </summary>
    private static IEnumerable<string> Demonyms(string text)
    {
        var (cues, byWord) = FocusDemonyms.Value;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var at = text.AsSpan().IndexOfAny(cues); at >= 0;)
        {
            var end = at;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }
            if ((at == 0 || !char.IsLetter(text[at - 1])) && byWord.TryGetValue(text[at..end], out var iso2))
            {
                counts[iso2] = counts.GetValueOrDefault(iso2) + 1;
            }
            var from = Math.Max(end, at + 1);
            var next = text.AsSpan(from).IndexOfAny(cues);
            at = next < 0 ? -1 : from + next;
        }
        return counts.OrderByDescending(kv => kv.Value).Select(kv => kv.Key);
    }

    private static readonly Lazy<(System.Buffers.SearchValues<string> Cues, Dictionary<string, string> ByWord)> FocusDemonyms = new(() =>
    {
        var byWord = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var iso2 in Focus.Value)
        {
            foreach (var d in Places.Countries.ByIso2(iso2)?.Demonyms ?? [])
            {
                byWord.TryAdd(d, iso2);
            }
        }
        return (System.Buffers.SearchValues.Create([.. byWord.Keys], StringComparison.Ordinal), byWord);
    });

    public string? MainCountry => documentCountries.FirstOrDefault() ?? Focus.Value.FirstOrDefault();

    /// <summary>Countries for a span: its own mentions first, then the document's, then the focus region.</summary>
    public IReadOnlySet<string> Countries(int start, int end)
    {
        var set = new HashSet<string>();
        var mentions = start == 0 && end == text.Length && textMentions is not null ? textMentions : CountryMentions.Find(text.AsSpan(start, end - start));
        foreach (var c in mentions)
        {
            if (!c.IsBorder)
            {
                set.Add(c.Country.Iso2);
            }
        }
        if (set.Count > 0)
        {
            return set; // "In neighboring Niger, ...": the entry's own country outranks the region
        }
        set.UnionWith(documentCountries.Take(1));
        set.UnionWith(Focus.Value);
        return set;
    }
}
