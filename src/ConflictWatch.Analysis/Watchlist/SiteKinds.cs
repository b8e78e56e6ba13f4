namespace ConflictWatch.Analysis.Watchlist;

/// <summary>The kinds of watch site and the radius each gets unless told otherwise.</summary>
public static class SiteKinds
{
    public const string Capital = "capital";
    public const string RegionalCapital = "regional-capital";
    public const string Airport = "airport";
    public const string Base = "base";
    public const string Town = "town";
    public const string Road = "road";
    public const string Point = "point";

    public static readonly string[] All = [Capital, RegionalCapital, Airport, Base, Town, Road, Point];

    /// <summary>Where the project's default watchlist covers: Mali, Burkina Faso, Niger.</summary>
    public static readonly string[] DefaultCountryCodes = ["ML", "BF", "NE"];

    public static double DefaultRadiusKm(string kind) => kind switch
    {
        Capital or RegionalCapital or Airport => 100,
        Road => 25,
        _ => 50,
    };

    public static string Normalise(string kind)
    {
        var k = kind.Trim().ToLowerInvariant();
        return All.Contains(k) ? k : throw new Core.ConflictWatchException($"unknown site kind \"{kind}\" (one of {string.Join(", ", All)})");
    }
}
