using ConflictWatch.Core;

namespace ConflictWatch.Extraction.Places;

/// <summary>
/// Turns a place mention into the coded location: ranks the candidates by the countries in
/// context and by the admin units the sentence names ("Bérimbé (Bankass cercle)"), then applies
/// the relation (offset along a bearing, midpoint, near) with the geo_precision it implies.
/// </summary>
public sealed class LocationResolver
{
    /// <summary>The best candidate for a mention given the countries in context and admin names nearby.</summary>
    public Place? Pick(PlaceMention mention, IReadOnlySet<string> countries, IReadOnlyList<PlaceMention> context, (double Lat, double Lon)? near = null, bool nearIsNamed = false)
    {
        IEnumerable<Place> candidates = mention.Candidates;
        if (!mention.SaysAdministrative && mention.Candidates.Any(p => !p.IsAdministrative && (countries.Count == 0 || countries.Contains(p.CountryCode))))
        {
            // "the camp in Douentza" is the town, not the cercle of the same name
            candidates = mention.Candidates.Where(p => !p.IsAdministrative || p.FeatureCode == "ADM1" && !mention.Candidates.Any(q => q.IsPopulated && q.CountryCode == p.CountryCode));
        }
        if (nearIsNamed && near is { } n)
        {
            // "Banizoumbou near Torodi": of namesakes, the one next to the other place named
            var local = candidates.Where(p => countries.Count == 0 || countries.Contains(p.CountryCode)).ToList();
            if (local.Count > 1)
            {
                return local.MinBy(p => Geo.DistanceKm(n.Lat, n.Lon, p.Latitude, p.Longitude));
            }
        }
        // most mentions have no context around them: then no set is made
        HashSet<string>? adminNames = null;
        foreach (var c in context)
        {
            if (c != mention)
            {
                (adminNames ??= new(StringComparer.Ordinal)).Add(TextFold.Fold(c.Text));
            }
        }
        if (adminNames is not null)
        {
            var inAdmin = candidates.Where(p => InAdmin(p.Admin2, adminNames) || InAdmin(p.Admin1, adminNames)).ToList();
            if (inAdmin.Count > 0)
            {
                candidates = inAdmin;
            }
            else
            {
                // no admin name matched: prefer candidates near the context places themselves, which the
                // sentence names, over a place carried from earlier text
                var ctxPlace = context.Where(c => c != mention).SelectMany(c => c.Candidates).Where(p => countries.Count == 0 || countries.Contains(p.CountryCode)).OrderByDescending(PlaceRanker.FeatureRank).FirstOrDefault();
                if (ctxPlace is not null && !nearIsNamed)
                {
                    near = (ctxPlace.Latitude, ctxPlace.Longitude);
                }
            }
        }
        var countrySet = countries.Count > 0 ? countries : null;
        var plain = PlaceRanker.Best(candidates, new RankingContext(countrySet, null, null, mention.SaysAdministrative));
        if (plain is not null && !nearIsNamed && (PlaceRanker.FeatureRank(plain) >= 5 || plain.Population >= 10_000))
        {
            // a seat or a town of size is what the news means; an earlier place only breaks ties between hamlets
            return plain;
        }
        return PlaceRanker.Best(candidates, new RankingContext(countrySet, near?.Lat, near?.Lon, mention.SaysAdministrative));
    }

    /// <summary>"Cercle de Macina" is in "(Kolongo, Macina)": admin names match on their words.</summary>
    private static bool InAdmin(string? admin, HashSet<string> names)
    {
        if (admin is null)
        {
            return false;
        }
        var folded = TextFold.Fold(admin);
        return names.Contains(folded) || names.Any(n => n.Length > 3 && (folded.EndsWith(" " + n, StringComparison.Ordinal) || folded.StartsWith(n + " ", StringComparison.Ordinal)));
    }

    /// <summary>The coded location of an event at <paramref name="mention"/>.</summary>
    public ResolvedLocation? Resolve(PlaceMention mention, IReadOnlySet<string> countries, IReadOnlyList<PlaceMention> context, (double Lat, double Lon)? near = null, bool nearIsNamed = false)
    {
        var place = Pick(mention, countries, context, near, nearIsNamed);
        if (place is null)
        {
            return null;
        }
        var country = Countries.ByIso2(place.CountryCode);
        if (country is null)
        {
            return null;
        }
        // an admin unit is named as reports name it ("near Kompienga"), not by GeoNames' "Province de la Kompienga"
        var baseName = Named(place);
        var precision = place.IsAdministrative ? (place.FeatureCode == "ADM1" ? 3 : 2) : place.FeatureCode == "AREA" ? 2 : 1;
        switch (mention.Relation)
        {
            case PlaceRelation.Offset:
                var (lat, lon) = Geo.Destination(place.Latitude, place.Longitude, mention.BearingDegrees, mention.DistanceKm);
                return new ResolvedLocation($"{Math.Round(mention.DistanceKm)} km {Compass(mention.BearingDegrees)} of {baseName}", lat, lon, 2, country, place.Admin1, place.Admin2, place);
            case PlaceRelation.Between when mention.Other is not null:
                var other = Pick(mention.Other, new HashSet<string>([place.CountryCode]), context, (place.Latitude, place.Longitude));
                if (other is null)
                {
                    return new ResolvedLocation($"near {baseName}", place.Latitude, place.Longitude, 2, country, place.Admin1, place.Admin2, place);
                }
                return new ResolvedLocation($"between {baseName} and {Named(other)}", (place.Latitude + other.Latitude) / 2, (place.Longitude + other.Longitude) / 2, 2, country, place.Admin1, place.Admin2, place);
            case PlaceRelation.Near:
                return new ResolvedLocation($"near {baseName}", place.Latitude, place.Longitude, Math.Max(2, precision), country, place.Admin1, place.Admin2, place);
            default:
                return new ResolvedLocation(baseName, place.Latitude, place.Longitude, precision, country, place.Admin1, place.Admin2, place);
        }
    }

    private static string Named(Place place) => place.IsAdministrative ? AdminNames.Strip(place.Name) : place.Name;

    /// <summary>A country with no finer place: its capital, precision 3, as ACLED codes country-level reports.</summary>
    public static ResolvedLocation CountryLevel(Country country) =>
        new(country.Name, country.CapitalLatitude, country.CapitalLongitude, 3, country, null, null, null);

    private static string Compass(double bearing) => Geo.CompassPoint(bearing) switch
    {
        "N" => "north",
        "S" => "south",
        "E" => "east",
        "W" => "west",
        "NE" => "northeast",
        "NW" => "northwest",
        "SE" => "southeast",
        "SW" => "southwest",
        var other => other,
    };
}
