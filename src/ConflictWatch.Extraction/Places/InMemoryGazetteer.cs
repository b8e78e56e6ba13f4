using ConflictWatch.Core;

namespace ConflictWatch.Extraction.Places;

/// <summary>
/// A gazetteer held as a dictionary of folded names; the base of the curated supplement and of tests.
/// Fill it with <see cref="Add"/> before sharing it: adding is not thread-safe, finding is.
/// </summary>
public sealed class InMemoryGazetteer : IGazetteer, IFoldedLookup
{
    private readonly Dictionary<string, List<Place>> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Place>>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    public InMemoryGazetteer()
    {
        bySpan = byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count { get; private set; }

    public int MaxNameWords { get; private set; } = 1;

    /// <summary>Folded keys held, so a composite can merge its entries with another gazetteer's.</summary>
    internal IEnumerable<string> Keys => byName.Keys;

    /// <summary>Adds a place under its name and each alternate name.</summary>
    public void Add(Place place, IEnumerable<string> names)
    {
        Count++;
        foreach (var n in names.Append(place.Name))
        {
            var key = TextFold.Fold(n);
            if (key.Length == 0)
            {
                continue;
            }
            if (!byName.TryGetValue(key, out var list))
            {
                byName[key] = list = [];
            }
            if (!list.Contains(place))
            {
                list.Add(place);
            }
            MaxNameWords = Math.Max(MaxNameWords, NameKey.WordCount(key));
        }
    }

    /// <summary>Adds a place under one folded key only (not under its own name), for merging.</summary>
    internal void AddKey(Place place, string key)
    {
        if (!byName.TryGetValue(key, out var list))
        {
            byName[key] = list = [];
        }
        if (!list.Contains(place))
        {
            list.Add(place);
        }
        MaxNameWords = Math.Max(MaxNameWords, NameKey.WordCount(key));
    }

    public IReadOnlyList<Place> Find(string name)
    {
        Span<char> buffer = stackalloc char[NameKey.MaxStackLength];
        return NameKey.TryFold(name, buffer, out var length) ? FindFolded(buffer[..length]) : FindFolded(TextFold.Fold(name));
    }

    /// <summary>Lookup by an already folded key.</summary>
    public IReadOnlyList<Place> FindFolded(ReadOnlySpan<char> key) => bySpan.TryGetValue(key, out var hit) ? hit : Array.Empty<Place>();
}
