namespace ConflictWatch.Cli.Tests;

/// <summary>
/// <c>watch import-geonames</c> on a small dump in GeoNames' format written here (made-up ids, real
/// coordinates of Ménaka's airstrip and of a camp near Tessalit), then an ingest that must alert on it.
/// </summary>
public sealed class WatchGeoNamesTests
{
    private static string Line(string id, string name, string alternates, double lat, double lon, string cls, string code, string cc) =>
        $"{id}\t{name}\t{name}\t{alternates}\t{lat.ToString(System.Globalization.CultureInfo.InvariantCulture)}\t{lon.ToString(System.Globalization.CultureInfo.InvariantCulture)}\t{cls}\t{code}\t{cc}\t\t09\t\t\t\t0\t\t270\tAfrica/Bamako\t2024-01-01";

    private static string Dump() => string.Join('\n',
        Line("9000001", "Menaka Airstrip", "GAMK,Aerodrome de Menaka", 15.85, 2.43, "S", "AIRP", "ML"),
        Line("9000002", "Camp Amachach", "", 20.26, 0.99, "S", "MILB", "ML"),
        Line("9000003", "Menaka", "Ménaka", 15.918, 2.402, "P", "PPLA", "ML"),
        "9000004\tbroken line without columns",
        Line("9000005", "Nowhere Strip", "", 123.0, 2.0, "S", "AIRF", "ML")) + "\n";

    [Fact]
    public void Airfields_and_bases_are_imported_and_bad_lines_reported_by_number()
    {
        using var dir = new TempDir();
        var db = dir.Combine("w.db");
        var dump = dir.File("ML.txt", Dump());
        var r = Cli.Run("watch", "import-geonames", dump, "--db", db);
        Assert.True(r.Exit == 0, r.ToString());
        Assert.Contains("2 airfields and bases", r.Out);
        Assert.Contains("GeoNames (CC BY 4.0", r.Out);
        Assert.Contains("ML.txt: line 4", r.Err);
        Assert.Contains("ML.txt: line 5: no valid coordinates", r.Err);

        var sites = Cli.Run("watch", "list", "--format", "jsonl", "--db", db).Lines();
        var strip = Assert.Single(sites, s => s.GetProperty("name").GetString() == "Menaka Airstrip");
        Assert.Equal("airport", strip.GetProperty("kind").GetString());
        Assert.Contains("GAMK", strip.GetProperty("label").GetString());
        Assert.Equal("base", Assert.Single(sites, s => s.GetProperty("name").GetString() == "Camp Amachach").GetProperty("kind").GetString());
        Assert.DoesNotContain(sites, s => s.GetProperty("name").GetString() is "Menaka" or "Nowhere Strip");

        // importing again updates, it does not duplicate
        Assert.Equal(0, Cli.Run("watch", "import-geonames", dump, "--db", db).Exit);
        Assert.Single(Cli.Run("watch", "list", "--format", "jsonl", "--db", db).Lines(), s => s.GetProperty("name").GetString() == "Menaka Airstrip");

        var report = dir.File("report.txt", "April 12, 2023: ISGS fighters attacked an army post 75 kilometers north of Menaka, in northeastern Mali, killing two soldiers.\n");
        Assert.Equal(0, Cli.Run("ingest", report, "--date", "2023-04-14", "--db", db).Exit);
        var alerts = Cli.Run("alerts", "--format", "jsonl", "--all", "--db", db).Lines();
        Assert.Contains(alerts, a => a.GetProperty("site").GetString() == "Menaka Airstrip" && a.GetProperty("distance_km").GetDouble() is > 70 and < 95);
    }

    [Fact]
    public void A_missing_dump_alone_is_an_error()
    {
        using var dir = new TempDir();
        var r = Cli.Run("watch", "import-geonames", dir.Combine("absent.txt"), "--db", dir.Combine("w.db"));
        Assert.Equal(1, r.Exit);
        Assert.Contains("absent.txt: no such file", r.Err);
    }
}
