using ConflictWatch.Core;

namespace ConflictWatch.Extraction.Places;

/// <summary>
/// Turns GeoNames admin unit names ("Tombouctou Region", "Province du Soum") into the short names
/// ACLED codes in admin1/admin2 ("Timbuktu", "Soum"). Admin1 names are mapped to the curated
/// supplement's ADM1 names where one of its names matches, so events from both sources agree.
/// </summary>
internal sealed class AdminNames
{
    private static readonly string[] Prefixes =
    [
        "Province du ", "Province de la ", "Province de l’", "Province de l'", "Province des ", "Province de ", "Province d’", "Province d'",
        "Région du ", "Région de la ", "Région de l'", "Région des ", "Région de ", "Région d'", "Region de ",
        "Wilaya du ", "Wilaya de l'", "Wilaya de ", "Wilaya d'", "District de ", "District du ",
        "Cercle de ", "Cercle d'", "Cercle d’", "Cercle du ", "Département de ", "Département du ", "Département d'", "Commune de ",
    ];

    private static readonly string[] Suffixes = [" Region", " Province", " Department", " Département", " Cercle", " District", " Prefecture"];

    private readonly Dictionary<(string Country, string Key), string> canonical = [];

    /// <summary>Canonical admin1 names: every name of each ADM1 entry maps to the entry's name.</summary>
    public AdminNames(IEnumerable<GazetteerEntry> adm1Entries)
    {
        foreach (var e in adm1Entries)
        {
            foreach (var n in e.Names)
            {
                canonical.TryAdd((e.Place.CountryCode, TextFold.Fold(Strip(n))), e.Place.Name);
            }
        }
    }

    /// <summary>The ACLED-style admin1 name for a GeoNames ADM1 name and its alternates.</summary>
    public string Admin1(string country, string name, IEnumerable<string> alternates)
    {
        foreach (var n in alternates.Prepend(name))
        {
            if (canonical.TryGetValue((country, TextFold.Fold(Strip(n))), out var c))
            {
                return c;
            }
        }
        return Strip(name);
    }

    /// <summary>A GeoNames admin name without "Province du", "Region" and the like.</summary>
    public static string Strip(string name)
    {
        var s = name.Trim();
        foreach (var p in Prefixes)
        {
            if (s.Length > p.Length && s.StartsWith(p, StringComparison.OrdinalIgnoreCase))
            {
                s = s[p.Length..];
                break;
            }
        }
        foreach (var x in Suffixes)
        {
            if (s.Length > x.Length && s.EndsWith(x, StringComparison.OrdinalIgnoreCase))
            {
                s = s[..^x.Length];
                break;
            }
        }
        return s.Trim();
    }
}
