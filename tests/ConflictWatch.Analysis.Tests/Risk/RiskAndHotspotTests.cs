using System.Text.Json;
using ConflictWatch.Analysis.Actors;
using ConflictWatch.Analysis.Hotspots;
using ConflictWatch.Analysis.Risk;
using ConflictWatch.Core;
using ConflictWatch.Store;

namespace ConflictWatch.Analysis.Tests.Risk;

public sealed class RiskAndHotspotTests : IDisposable
{
    private readonly AnalysisStore db = new();

    public void Dispose() => db.Dispose();

    [Fact]
    public void Risk_levels_follow_fatalities_and_kidnappings_with_reasons()
    {
        db.Add(Enumerable.Range(1, 12).Select(i => db.Event($"2023-{i:D2}-10", fatalities: 10, admin1: "Menaka")).ToArray());
        db.Add(db.Event("2023-05-01", admin1: "Kayes", location: "Nioro", type: EventTypes.ViolenceAgainstCivilians, sub: "Abduction/forced disappearance"));
        db.Add(db.Event("2023-05-01", admin1: "Sikasso", location: "Sikasso", type: EventTypes.Protests, actor1: "Protesters (Mali)", inter1: 6, actor2: null));

        var levels = new RiskAssessor(db.Store).Assess(new DateOnly(2023, 12, 31), "Mali");

        var menaka = levels.Single(l => l.Admin1 == "Menaka");
        Assert.Equal(4, menaka.Level);
        Assert.Contains(menaka.Reasons, r => r.StartsWith("120 fatalities", StringComparison.Ordinal));
        var kayes = levels.Single(l => l.Admin1 == "Kayes");
        Assert.Equal(3, kayes.Level);
        Assert.Equal(1, kayes.Kidnappings);
        Assert.Equal(1, levels.Single(l => l.Admin1 == "Sikasso").Level);
        Assert.Equal("Menaka", levels[0].Admin1);
    }

    [Fact]
    public void Hotspots_rank_cells_and_compare_with_the_period_before_as_GeoJSON()
    {
        db.Add(Enumerable.Range(1, 4).Select(i => db.Event($"2023-06-{i:D2}", lat: 14.1, lon: -1.6, admin1: "Sahel", location: "Djibo", country: "Burkina Faso", fatalities: 2)).ToArray());
        db.Add(db.Event("2023-05-15", lat: 14.1, lon: -1.6, admin1: "Sahel", location: "Djibo", country: "Burkina Faso"), db.Event("2023-06-05", lat: 12.6, lon: -8.0, admin1: "Bamako", location: "Bamako"));

        var spots = new HotspotFinder(db.Store).Find(new EventQuery(), new DateOnly(2023, 6, 1), new DateOnly(2023, 6, 30));

        Assert.Equal(2, spots.Count);
        var djibo = spots[0];
        Assert.Equal(("Djibo", 4L, 8L, 1L, 300.0), (djibo.Place, djibo.Events, djibo.Fatalities, djibo.PreviousEvents, djibo.ChangePct!.Value));
        using var ms = new MemoryStream();
        HotspotGeoJson.Write(ms, spots, new DateOnly(2023, 6, 1), new DateOnly(2023, 6, 30));
        using var doc = JsonDocument.Parse(ms.ToArray());
        var feature = doc.RootElement.GetProperty("features")[0];
        Assert.Equal("Polygon", feature.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal(-2.0, feature.GetProperty("geometry").GetProperty("coordinates")[0][0][0].GetDouble());
        Assert.Equal(4, feature.GetProperty("properties").GetProperty("events").GetInt32());
    }

    [Fact]
    public void An_actor_footprint_grows_and_lists_admin1_units_entered_for_the_first_time()
    {
        db.Add(db.Event("2023-01-10", lat: 15.9, lon: 2.4), db.Event("2023-02-10", lat: 15.9, lon: 2.5, actor2: "Islamic State Sahel Province"));
        db.Add(db.Event("2023-04-10", lat: 15.9, lon: 2.4), db.Event("2023-05-10", lat: 16.9, lon: 2.4, admin1: "Gao"), db.Event("2023-06-10", lat: 15.9, lon: 3.4));

        var p = new ActorProfiler(db.Store).Profile("JNIM");

        Assert.Equal(5, p.Events);
        Assert.Equal(("Islamic State Sahel Province", 1L), p.Opponents.First(o => o.Opponent.StartsWith("Islamic", StringComparison.Ordinal)));
        Assert.Equal(["2023-Q1", "2023-Q2"], p.Quarters.Select(q => q.Quarter));
        Assert.Equal(["Menaka"], p.Quarters[0].NewAdmin1);
        Assert.Equal(["Gao"], p.Quarters[1].NewAdmin1);
        Assert.True(p.Quarters[1].HullAreaKm2 > 5000); // a right triangle of about 111 x 107 km
    }

    [Fact]
    public void Hull_area_of_a_square_degree_at_the_equator_is_about_12_400_km2() =>
        Assert.InRange(Footprint.HullAreaKm2([(0, 0), (1, 0), (1, 1), (0, 1), (0.5, 0.5)]), 12_300, 12_400);
}
