using ConflictWatch.Core;

namespace ConflictWatch.Extraction.Places;

/// <summary>A gazetteer held as a dictionary of folded names; the base of the curated supplement and of tests.</summary>
public sealed class InMemoryGazetteer : IGazetteer
{
    private readonly Dictionary<string, List<Place>> byName = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    public int MaxNameWords { get; private set; } = 1;

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
            MaxNameWords = Math.Max(MaxNameWords, key.Count(c => c == ' ') + 1);
        }
    }

    public IReadOnlyList<Place> Find(string name) =>
        byName.TryGetValue(TextFold.Fold(name), out var list) ? list : [];
}
