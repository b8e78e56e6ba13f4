using ConflictWatch.Core;

namespace ConflictWatch.Extraction.Places;

/// <summary>
/// A compiled GeoNames index with the curated supplement on top. Find returns both, but a
/// supplement place that is the same place as an index entry (same country and class, within
/// <see cref="DuplicateKm"/>) is replaced by that entry (its id and point), enriched with what
/// the supplement knows better: the news' spelling, ACLED's admin names (GeoNames still files Ménaka under Gao, ACLED
/// under Menaka), importance and population. So a town is offered once. Curated regions supersede
/// GeoNames' units. The merged lists are computed once here, so Find costs one dictionary probe.
/// </summary>
public sealed class CompositeGazetteer : IGazetteer, IFoldedLookup
{
    /// <summary>Two entries of one country and feature class closer than this are one place.</summary>
    public const double DuplicateKm = 5.0;

    private readonly IGazetteer index;
    private readonly InMemoryGazetteer merged = new();
    private readonly HashSet<long> superseded = [];

    public CompositeGazetteer(IGazetteer index, IReadOnlyList<GazetteerEntry> supplement)
    {
        this.index = index;
        var added = 0;
        foreach (var e in supplement)
        {
            if (e.Place.FeatureCode == "ADM1")
            {
                // A curated region carries ACLED's name and its capital's point, which is how ACLED
                // codes a region-level event; it supersedes GeoNames' unit (a centroid) under its names.
                added += 1 - SupersedeRegion(e);
                merged.Add(e.Place, e.Names);
                continue;
            }
            var twin = FindTwin(e);
            if (twin is null)
            {
                added++;
            }
            var place = twin is null ? e.Place : Enrich(twin, e.Place);
            // Every name of the index twin stays reachable through the index; the supplement's
            // names (aliases such as "Konna" for GeoNames' "Kona") now lead to the enriched twin too.
            var names = twin is null ? e.Names : e.Names.Append(twin.Name);
            merged.Add(place, names);
        }
        foreach (var key in merged.Keys.ToList())
        {
            var own = merged.FindFolded(key);
            foreach (var p in index.Find(key))
            {
                if (!superseded.Contains(p.Id) && !own.Any(o => o.Id == p.Id))
                {
                    merged.AddKey(p, key);
                }
            }
        }
        Count = index.Count + added;
        MaxNameWords = Math.Max(index.MaxNameWords, merged.MaxNameWords);
    }

    public int Count { get; }

    public int MaxNameWords { get; }

    public IReadOnlyList<Place> Find(string name)
    {
        Span<char> buffer = stackalloc char[NameKey.MaxStackLength];
        if (!NameKey.TryFold(name, buffer, out var length))
        {
            var folded = TextFold.Fold(name);
            var found = merged.FindFolded(folded);
            return found.Count > 0 ? found : index.Find(folded);
        }
        var key = buffer[..length];
        var hit = merged.FindFolded(key);
        if (hit.Count > 0)
        {
            return hit;
        }
        return index is IFoldedLookup folding ? folding.FindFolded(key) : index.Find(name);
    }

    /// <summary>
    /// Lookup by an already folded key: what <see cref="Find"/> gives for a name that folds to it.
    /// An index that cannot be probed by key is asked with the key as a name, as Find does for names
    /// that do not fold on the stack (a key folds to itself).
    /// </summary>
    public IReadOnlyList<Place> FindFolded(ReadOnlySpan<char> key)
    {
        var hit = merged.FindFolded(key);
        if (hit.Count > 0)
        {
            return hit;
        }
        return index is IFoldedLookup folding ? folding.FindFolded(key) : index.Find(key.ToString());
    }

    /// <summary>Marks the index's ADM1 unit(s) for the curated region as superseded; returns how many.</summary>
    private int SupersedeRegion(GazetteerEntry e)
    {
        var count = 0;
        foreach (var n in e.Names)
        {
            foreach (var p in index.Find(n))
            {
                if (p.FeatureCode == "ADM1" && p.CountryCode == e.Place.CountryCode && p.Admin1 == e.Place.Admin1)
                {
                    count += superseded.Add(p.Id) ? 1 : 0;
                }
            }
        }
        return count;
    }

    private Place? FindTwin(GazetteerEntry e)
    {
        Place? best = null;
        var bestKm = DuplicateKm;
        foreach (var n in e.Names)
        {
            foreach (var p in index.Find(n))
            {
                if (p.CountryCode != e.Place.CountryCode || p.FeatureClass != e.Place.FeatureClass)
                {
                    continue;
                }
                var km = Geo.DistanceKm(p.Latitude, p.Longitude, e.Place.Latitude, e.Place.Longitude);
                if (km <= bestKm)
                {
                    best = p;
                    bestKm = km;
                }
            }
        }
        return best;
    }

    private static Place Enrich(Place twin, Place curated) => twin with
    {
        Name = curated.Name, // the spelling the news and ACLED use ("Konna", "Arbinda"), not GeoNames' "Kona", "Aribinda"
        Admin1 = curated.Admin1 ?? twin.Admin1,
        Admin2 = curated.Admin2 ?? twin.Admin2,
        FeatureCode = PlaceRanker.FeatureRank(curated) > PlaceRanker.FeatureRank(twin) ? curated.FeatureCode : twin.FeatureCode,
        Population = Math.Max(twin.Population, curated.Population),
    };
}
