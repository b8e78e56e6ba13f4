using ConflictWatch.Core;

namespace ConflictWatch.Extraction.Places;

/// <summary>What the text around a mention says about which place is meant.</summary>
/// <param name="Countries">ISO2 codes of countries the dispatch is about; their places come first.</param>
/// <param name="Latitude">A reference point (the dispatch's other places), if known; nearby places come first.</param>
/// <param name="Longitude">See <paramref name="Latitude"/>.</param>
/// <param name="WantsAdministrative">The text says "region", "province" or "cercle": prefer the admin unit over its town.</param>
public sealed record RankingContext(
    IReadOnlySet<string>? Countries = null,
    double? Latitude = null,
    double? Longitude = null,
    bool WantsAdministrative = false);

/// <summary>
/// Orders the places a name could mean, most likely first. Keys in order: the context's country;
/// closeness to the reference point in coarse bands (so a tiny village next door beats nothing it
/// should not, but a namesake 1,000 km away loses); admin units first only when asked; importance
/// (capital, regional seat, district seat, admin unit, village); population; then the gazetteer's
/// own order, in which curated places (and index entries they enrich) come first.
/// News names the places that matter, so importance and size settle most ambiguities.
/// </summary>
public static class PlaceRanker
{
    public static IReadOnlyList<Place> Rank(IEnumerable<Place> candidates, RankingContext? context = null)
    {
        var ctx = context ?? new RankingContext();
        return candidates
            .Distinct()
            .OrderByDescending(p => ctx.Countries?.Contains(p.CountryCode) == true)
            .ThenBy(p => DistanceBand(p, ctx))
            .ThenByDescending(p => ctx.WantsAdministrative && p.IsAdministrative)
            .ThenByDescending(FeatureRank)
            .ThenByDescending(p => p.Population)
            .ThenByDescending(p => p.Admin2 is not null)
            .ThenByDescending(p => p.IsPopulated)
            .ThenBy(p => Distance(p, ctx))
            .ToList(); // a stable sort: remaining ties keep the gazetteer's order, which lists curated places first
    }

    /// <summary>
    /// The most likely place, or null when there is no candidate: the first of <see cref="Rank"/>,
    /// found in one pass. Keeping the first candidate among equals matches the stable sort; the
    /// resolver asks for it for every mention, and sorting a whole list for its head cost more than
    /// the rest of the resolving.
    /// </summary>
    public static Place? Best(IEnumerable<Place> candidates, RankingContext? context = null)
    {
        var ctx = context ?? new RankingContext();
        Place? best = null;
        foreach (var p in candidates)
        {
            if (best is null || Compare(p, best, ctx) < 0)
            {
                best = p;
            }
        }
        return best;
    }

    /// <summary>The order of <see cref="Rank"/>, key by key: negative when <paramref name="a"/> comes first.</summary>
    private static int Compare(Place a, Place b, RankingContext ctx)
    {
        var c = (ctx.Countries?.Contains(b.CountryCode) == true).CompareTo(ctx.Countries?.Contains(a.CountryCode) == true);
        if (c == 0)
        {
            c = DistanceBand(a, ctx).CompareTo(DistanceBand(b, ctx));
        }
        if (c == 0)
        {
            c = (ctx.WantsAdministrative && b.IsAdministrative).CompareTo(ctx.WantsAdministrative && a.IsAdministrative);
        }
        if (c == 0)
        {
            c = FeatureRank(b).CompareTo(FeatureRank(a));
        }
        if (c == 0)
        {
            c = b.Population.CompareTo(a.Population);
        }
        if (c == 0)
        {
            c = (b.Admin2 is not null).CompareTo(a.Admin2 is not null);
        }
        if (c == 0)
        {
            c = b.IsPopulated.CompareTo(a.IsPopulated);
        }
        if (c == 0)
        {
            c = Distance(a, ctx).CompareTo(Distance(b, ctx));
        }
        return c;
    }

    /// <summary>
    /// True when the words next to a mention name an admin unit ("the Menaka region", "province du
    /// Soum", "Tillabéri Region"), for <see cref="RankingContext.WantsAdministrative"/>.
    /// </summary>
    public static bool MentionsAdministrativeUnit(ReadOnlySpan<char> nearbyText)
    {
        foreach (var word in TextFold.Fold(nearbyText).Split(' '))
        {
            if (AdministrativeWords.Contains(word))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> AdministrativeWords =
        ["region", "regions", "province", "provinces", "cercle", "cercles", "department", "departement", "prefecture", "wilaya", "district"];

    /// <summary>
    /// Importance of a feature: a town that is a seat ranks just above the unit it is the seat of,
    /// so "Tillabéri" is the town unless the text says "region".
    /// </summary>
    public static int FeatureRank(Place p) => p.FeatureCode switch
    {
        "PPLC" => 10,
        "PPLA" => 9,
        "ADM1" => 8,
        "PPLA2" => 7,
        "ADM2" or "PCLI" => 6,
        "PPLA3" => 5,
        "ADM3" or "AREA" or "RGN" => 4,
        "PPLA4" => 3,
        _ when p.IsPopulated => 2,
        _ when p.IsAdministrative => 2,
        _ => 1,
    };

    /// <summary>0 within 75 km of the reference point, 1 within 200 km, 2 within 500 km, 3 beyond or without a point.</summary>
    private static int DistanceBand(Place p, RankingContext ctx)
    {
        var km = Distance(p, ctx);
        return km <= 75 ? 0 : km <= 200 ? 1 : km <= 500 ? 2 : 3;
    }

    private static double Distance(Place p, RankingContext ctx) =>
        ctx.Latitude is { } lat && ctx.Longitude is { } lon ? Geo.DistanceKm(lat, lon, p.Latitude, p.Longitude) : double.MaxValue;
}
