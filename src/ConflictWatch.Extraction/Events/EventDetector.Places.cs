using System.Text.RegularExpressions;
using ConflictWatch.Core;
using ConflictWatch.Extraction.Places;

namespace ConflictWatch.Extraction.Events;

/// <summary>
/// The places of a clause's event: the place named, checked against an ACLED bracket and a town it is
/// said to be near, two villages on one footing as two events, and the sentence's other places or its
/// country when the clause names none.
/// </summary>
public sealed partial class EventDetector
{
    private List<ResolvedLocation> Locations(string clause, string rest, List<PlaceMention> located, IReadOnlyList<PlaceMention> all, List<PlaceMention> sentencePlaces, EntryState state, Casualties toll)
    {
        var context = all.Where(p => p.Relation == PlaceRelation.Context).ToList();
        var countries = state.Countries;
        // features such as lakes or rivers only when no town or admin unit is named
        // and a road between two towns only when no place on it is named ("on the Sevare-Douentza road near Konna")
        // (a single place, the usual case, is already in order: it is not copied)
        // and a report's places before a heading's places ("Tillabéri – Ouallam: NSAG attack on the village of
        // Tizégorou"), the heading's last, finest unit before its first
        if (located.Count > 1)
        {
            var heading = HeadingEnd(clause);
            located = located.OrderBy(p => p.Candidates.Any(c => c.IsPopulated || c.IsAdministrative) ? 0 : 1).ThenBy(p => p.Relation == PlaceRelation.Between ? 1 : 0)
                .ThenBy(p => p.Start < heading ? 1 : 0).ThenBy(p => p.Start < heading ? -p.Start : 0).ToList();
        }
        (double, double)? near = (state.LastLocation ?? state.Hint) is { } last ? (last.Latitude, last.Longitude) : null;
        if (located.Count >= 2 && located.Take(2).All(p => p.Relation == PlaceRelation.At) && (toll.PerPlace.Count >= 2 || Coordinated(clause, located[0], located[1])))
        {
            var pair = located.Take(Math.Max(2, Math.Min(located.Count, toll.PerPlace.Count))).Select(p => InUnits(p, resolver.Resolve(p, countries, context, Neighbour(clause, p, located, countries) ?? near), clause, context, countries)).OfType<ResolvedLocation>().ToList();
            if (pair.Count >= 2)
            {
                return pair;
            }
        }
        foreach (var p in located)
        {
            var neighbour = Neighbour(clause, p, located, countries);
            if (resolver.Resolve(p, countries, context, neighbour ?? near, neighbour is not null) is not { } r)
            {
                continue;
            }
            if (neighbour is not null && VillageNearTown(clause, p, r, located, countries, context) is { } lacked)
            {
                return [lacked];
            }
            var bracket = BracketAfter(clause, p, context);
            if (r.Place is not null && bracket.Count > 0 && InBracketProvince(p, r.Place, bracket) is { Count: > 0 } inProvince
                && resolver.Resolve(p with { Candidates = inProvince }, countries, context, neighbour ?? near, neighbour is not null) is { } exact)
            {
                return [exact];
            }
            if (r.Place is null || InBracketUnits(r.Place, bracket, p.Text))
            {
                return [r.GeoPrecision >= 3 ? FinerInside(r, p, located, countries, context, near) : r];
            }
            // a namesake elsewhere won: the place inside the named units, if the gazetteer has one
            var local = p.Candidates.Where(c => InBracketUnits(c, bracket, p.Text)).ToList();
            if (local.Count > 0 && resolver.Resolve(p with { Candidates = local }, countries, context, neighbour ?? near, neighbour is not null) is { } inUnits)
            {
                return [inUnits];
            }
        }
        // the finest unit the text names, in text order among equals: the commune of "(Tillia, Tillia)"
        // before "Tahoua region"; the other names of a bracket pick among namesakes (Arbinda in Soum,
        // Gourma the province)
        ResolvedLocation? finest = null;
        foreach (var p in context)
        {
            if (resolver.Resolve(p.NamesUnit ? AsUnit(p) : p, countries, context) is { } r && (finest is null || r.GeoPrecision < finest.GeoPrecision)
                && (r.Place is null || r.GeoPrecision > 1 || !AcrossBracketBorder(r.Place, BracketAround(clause, p, context)) && !VillageOutsideBracket(r.Place, clause, p, context)))
            {
                finest = r;
            }
        }
        if (finest is not null)
        {
            // the event is somewhere in the unit the text names, not at its seat: "Zorgotenga (Arbinda, Soum)"
            return [finest with { GeoPrecision = Math.Max(finest.GeoPrecision, finest.Place?.FeatureCode == "ADM1" ? 3 : 2) }];
        }
        foreach (var p in sentencePlaces.Where(p => p.Relation != PlaceRelation.Context && !all.Contains(p)))
        {
            if (resolver.Resolve(p, countries, context) is { } r)
            {
                return [r];
            }
        }
        if (rest.Length > 0)
        {
            // "... hit an explosive device and then came under fire near the town of Tera": the place comes later
            foreach (var p in places.Find(rest, static (_, _) => false).Where(p => p.Relation != PlaceRelation.Context))
            {
                if (resolver.Resolve(p, countries, context) is { } r)
                {
                    return [r];
                }
            }
        }
        var named = CountryMentions.Find(clause).Where(c => !c.IsBorder).Select(c => c.Country).FirstOrDefault();
        if (named is not null)
        {
            return [LocationResolver.CountryLevel(named)];
        }
        if (state.LastLocation is not null)
        {
            // "had killed 14 people in the village of Tadaryat in the same region": a village the gazetteer
            // lacks is another place than the last one, somewhere around it
            return UnknownVillage(clause, all) is { } village
                ? [state.LastLocation with { Location = village, GeoPrecision = Math.Max(2, state.LastLocation.GeoPrecision), Place = null }]
                : [state.LastLocation];
        }
        var fallback = countries.Select(Countries.ByIso2).OfType<Country>().FirstOrDefault();
        return fallback is null ? [] : [LocationResolver.CountryLevel(fallback)];
    }

    /// <summary>The point of another place named in the clause ("Banizoumbou near Torodi"), which picks among namesakes.</summary>
    private (double, double)? Neighbour(string clause, PlaceMention p, List<PlaceMention> located, IReadOnlySet<string> countries)
    {
        foreach (var other in located)
        {
            if (other == p || other.Candidates.Count == 0)
            {
                continue;
            }
            if (IsNearAnchor(clause, p, other) && ClosestPair(p, other) is { } pair)
            {
                return pair; // "Banizoumbou near Torodi": the two namesakes that lie together, whatever country the text is about
            }
            var best = PlaceRanker.Best(other.Candidates, new RankingContext(countries));
            if (best is not null && (other.Candidates.Count(c => c.IsPopulated) <= 3 || PlaceRanker.FeatureRank(best) >= 5))
            {
                return (best.Latitude, best.Longitude);
            }
        }
        return null;
    }

    /// <summary>The place of <paramref name="town"/> within 50 km of a namesake of <paramref name="village"/>, the closest such pair.</summary>
    private static (double, double)? ClosestPair(PlaceMention village, PlaceMention town)
    {
        Place? best = null;
        var bestKm = 50.0;
        foreach (var t in town.Candidates)
        {
            foreach (var v in village.Candidates)
            {
                var km = Geo.DistanceKm(t.Latitude, t.Longitude, v.Latitude, v.Longitude);
                if (km <= bestKm)
                {
                    (best, bestKm) = (t, km);
                }
            }
        }
        return best is null ? null : (best.Latitude, best.Longitude);
    }

    /// <summary>
    /// Where a line's heading of places ends: "12/06/2023 – Tillabéri – Ouallam: NSAG attack ...", the colon
    /// within the first 80 characters that only dates, capitalised names and dashes precede; 0 when there is none.
    /// </summary>
    private static int HeadingEnd(string clause)
    {
        var colon = clause.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0 || colon >= 80)
        {
            return 0;
        }
        var head = clause.AsSpan(0, colon);
        var named = false;
        foreach (var range in head.SplitAny(" /,.()–—-"))
        {
            var word = head[range];
            if (word.IsEmpty || char.IsDigit(word[0]))
            {
                continue;
            }
            if (!char.IsUpper(word[0]))
            {
                return 0;
            }
            named = true;
        }
        return named ? colon : 0;
    }

    /// <summary>"attacked the villages of Pensa and Dablo": two places on one footing, so two events.</summary>
    private static bool Coordinated(string clause, PlaceMention a, PlaceMention b)
    {
        if (b.Start < a.Start)
        {
            (a, b) = (b, a); // ranked out of text order
        }
        if (b.Start < a.End)
        {
            return false;
        }
        var gap = clause[a.End..b.Start];
        var before = clause[Math.Max(0, a.Start - 30)..a.Start];
        return gap.Trim() is "and" or "," && PluralPlaces().IsMatch(before);
    }

    /// <summary>
    /// "the village of Kouri, near Barsalogho": when the namesake picked lies far from the town the text
    /// sets the village next to, the gazetteer lacks this one (Burkina Faso has seven Kouris, none within
    /// 50 km of Barsalogho). It is coded at that town under its own name, precision 2, as ACLED codes a
    /// village it cannot find next to the place it is reported near.
    /// </summary>
    private ResolvedLocation? VillageNearTown(string clause, PlaceMention village, ResolvedLocation picked, List<PlaceMention> located, IReadOnlySet<string> countries, List<PlaceMention> context)
    {
        var town = located.FirstOrDefault(o => IsNearAnchor(clause, village, o));
        // (any namesake of the town next to the village picked will do: "Banizoumbou near Torodi" is Niger's pair;
        // a village the gazetteer knows by one name only is trusted over a loose "near")
        if (picked.Place is null || town is null || village.Candidates.Count(c => c.IsPopulated) < 2
            || town.Candidates.Any(t => Geo.DistanceKm(t.Latitude, t.Longitude, picked.Latitude, picked.Longitude) <= 50)
            || resolver.Resolve(town, countries, context) is not { Place: not null } near)
        {
            return null;
        }
        return near with { Location = village.Text, GeoPrecision = 2, Place = null };
    }

    /// <summary>Whether <paramref name="town"/> is what the text sets <paramref name="village"/> next to: "Kouri, near Barsalogho".</summary>
    private static bool IsNearAnchor(string clause, PlaceMention village, PlaceMention town) =>
        town.Relation == PlaceRelation.Near && town.Start >= village.End && NearGap().IsMatch(clause.AsSpan(village.End, town.Start - village.End));

    [GeneratedRegex(@"^\s*,?\s*(?:near|close to|not far from|outside)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NearGap();

    /// <summary>
    /// "Sorgo (Sorgo, Sanmatenga)": when the place picked lies outside the cercle or province the bracket
    /// names (a Sorgo in Bam, in the same region) and namesakes lie inside it, those namesakes; of them,
    /// the ones spelled as written ("Tougo", not GeoNames' other name for Tougué). Empty when the pick
    /// is already inside, or nothing is.
    /// </summary>
    private static List<Place> InBracketProvince(PlaceMention p, Place picked, List<PlaceMention> bracket)
    {
        var own = TextFold.Fold(p.Text);
        var names = bracket.Select(b => TextFold.Fold(b.Text)).Where(n => n != own).ToList();
        bool Inside(Place c) => c.Admin2 is { } a2 && names.Contains(TextFold.Fold(a2)); // admin names are stored stripped, as InBracketUnits compares them
        var inside = p.Candidates.Where(Inside).ToList();
        var spelled = inside.Where(c => TextFold.Fold(c.Name) == own).ToList();
        var best = spelled.Count > 0 ? spelled : inside;
        return best.Count == 0 || best.Contains(picked) ? [] : best;
    }

    [GeneratedRegex(@"\b(?:villages|towns|localities|hamlets|communes|settlements|of)\s+(?:of\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex PluralPlaces();
}
