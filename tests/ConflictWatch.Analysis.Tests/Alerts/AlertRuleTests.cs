using ConflictWatch.Analysis.Alerts;
using ConflictWatch.Core;
using ConflictWatch.Store;

namespace ConflictWatch.Analysis.Tests.Alerts;

public sealed class AlertRuleTests : IDisposable
{
    private readonly AnalysisStore db = new(new DateTimeOffset(2023, 6, 30, 12, 0, 0, TimeSpan.Zero));

    public void Dispose() => db.Dispose();

    private AlertRun Evaluate() => AlertEngine.For(db.Store, db.Clock).Evaluate();

    private long Site(string name, double lat, double lon, double radius = 100, IReadOnlyList<GeoPoint>? line = null) =>
        db.Store.UpsertSite(new WatchSite { Name = name, Kind = line is null ? "town" : "road", Latitude = lat, Longitude = lon, RadiusKm = radius, Line = line });

    [Fact]
    public void Events_without_an_armed_group_or_outside_the_radius_raise_no_proximity_alert()
    {
        Site("Gao", 16.27, -0.04, radius: 50);
        var (lat, lon) = Geo.Destination(16.27, -0.04, 90, 80);
        db.Add(db.Event("2023-06-20", lat: lat, lon: lon, admin1: "Gao"),
            db.Event("2023-06-21", lat: 16.3, lon: -0.05, actor1: "Military Forces of Mali (2021-)", inter1: 1, actor2: null, admin1: "Gao"));

        Assert.DoesNotContain(Evaluate().Raised, a => a.Rule == "proximity");
    }

    [Fact]
    public void A_road_segment_measures_from_its_nearest_point()
    {
        Site("RN15 Gao-Ansongo", 16.27, -0.04, radius: 25, line: [new GeoPoint(16.27, -0.04), new GeoPoint(15.66, 0.50)]);
        var (lat, lon) = Geo.Destination(15.965, 0.23, 45, 10); // 10 km off the middle of the road (which runs SE)
        db.Add(db.Event("2023-06-20", lat: lat, lon: lon, actor1: "Islamic State Sahel Province", admin1: "Gao", fatalities: 12));

        var alert = Assert.Single(Evaluate().Raised, a => a.Rule == "proximity");
        Assert.InRange(alert.DistanceKm!.Value, 8, 11);
        Assert.Equal(Severity.Critical, alert.Severity);
        Assert.StartsWith("ISGS reported", alert.Message);
    }

    [Fact]
    public void Reports_of_one_group_near_one_site_on_one_day_make_one_alert_with_the_nearest_distance()
    {
        Site("Ménaka", 15.92, 2.40, radius: 100);
        var (farLat, farLon) = Geo.Destination(15.92, 2.40, 0, 75);
        var (nearLat, nearLon) = Geo.Destination(15.92, 2.40, 0, 40);
        db.Add(db.Event("2023-06-20", lat: farLat, lon: farLon, actor1: "Islamic State Sahel Province", admin1: "Menaka"),
            db.Event("2023-06-20", lat: nearLat, lon: nearLon, actor1: "Islamic State Sahel Province", admin1: "Menaka", fatalities: 3),
            db.Event("2023-06-21", lat: nearLat, lon: nearLon, actor1: "Islamic State Sahel Province", admin1: "Menaka"));

        var alerts = Evaluate().Raised.Where(a => a.Rule == "proximity").ToList();
        Assert.Equal(2, alerts.Count);
        var first = alerts.Single(a => a.EventIds.Count == 2);
        Assert.InRange(first.DistanceKm!.Value, 39, 41);
        Assert.Equal(Severity.High, first.Severity);
    }

    [Fact]
    public void A_surge_is_raised_when_the_last_30_days_exceed_the_baseline_by_a_quarter()
    {
        // One event in each earlier 30-day window, six in the last one.
        foreach (var d in new[] { "2023-02-10", "2023-03-10", "2023-04-10", "2023-05-10" })
        {
            db.Add(db.Event(d, admin1: "Mopti", location: "Djenné", lat: 13.9, lon: -4.55));
        }
        db.Add(Enumerable.Range(10, 6).Select(d => db.Event($"2023-06-{d}", admin1: "Mopti", location: "Djenné", lat: 13.9, lon: -4.55)).ToArray());

        var surge = Assert.Single(Evaluate().Raised, a => a.Rule == "surge");
        Assert.Equal("Mopti", surge.Admin1);
        Assert.Equal(Severity.High, surge.Severity);
        Assert.Contains("large increase in Mopti", surge.Message);
    }

    [Fact]
    public void An_actor_entering_an_admin1_for_the_first_time_is_raised_once()
    {
        db.Add(db.Event("2023-01-05", admin1: "Gao"), db.Event("2023-02-05", admin1: "Gao"), db.Event("2023-03-05", admin1: "Gao"));
        Evaluate();
        db.Add(db.Event("2023-06-01", admin1: "Kayes", location: "Nioro", lat: 15.23, lon: -9.59));

        var first = Assert.Single(Evaluate().Raised, a => a.Rule == "new-area");
        Assert.Equal("JNIM", first.Actor);
        Assert.Equal("Kayes", first.Admin1);

        db.Add(db.Event("2023-06-02", admin1: "Kayes", location: "Nioro", lat: 15.23, lon: -9.59));
        Assert.DoesNotContain(Evaluate().Raised, a => a.Rule == "new-area");
    }

    [Fact]
    public void An_actor_closing_in_on_a_site_raises_an_approach_alert()
    {
        Site("Boni", 15.05, -2.23, radius: 30);
        foreach (var (date, km) in new[] { ("2023-05-01", 85.0), ("2023-05-20", 60.0), ("2023-06-10", 40.0) })
        {
            var (lat, lon) = Geo.Destination(15.05, -2.23, 45, km);
            db.Add(db.Event(date, lat: lat, lon: lon, admin1: "Mopti", location: "Hombori"));
        }

        var alert = Assert.Single(Evaluate().Raised, a => a.Rule == "approach");
        Assert.Equal("Boni", alert.Site);
        Assert.Equal("NE", alert.Bearing);
        Assert.Equal(3, alert.EventIds.Count);
        Assert.Contains("from 85 km to 40 km", alert.Message);
    }

    [Theory]
    [InlineData("Gunmen kidnapped two foreign aid workers near Ménaka.", true)]
    [InlineData("A German national was abducted by JNIM.", true)]
    [InlineData("Gunmen abducted a Malian trader.", false)]
    public void Foreign_kidnapping_is_recognised_from_notes(string notes, bool foreign) =>
        Assert.Equal(foreign, ForeignKidnappingRule.MentionsForeigners(notes, "Mali"));

    [Fact]
    public void The_kidnapping_of_foreigners_is_placed_relative_to_the_nearest_site()
    {
        Site("Ménaka", 15.918, 2.402);
        db.Add(db.Event("2023-06-20", lat: 15.80, lon: 2.40, type: EventTypes.ViolenceAgainstCivilians, sub: ForeignKidnappingRule.Abduction,
            actor2: "Civilians (International)", notes: "Gunmen kidnapped two foreign aid workers south of Ménaka."));

        var alert = Assert.Single(Evaluate().Raised, a => a.Rule == "foreign-kidnapping");
        Assert.Equal("Ménaka", alert.Site);
        Assert.Equal("S", alert.Bearing);
    }

    [Fact]
    public void Old_news_in_a_batch_raises_no_proximity_alert()
    {
        Site("Ménaka", 15.918, 2.402);
        db.Add(db.Event("2022-01-05"), db.Event("2023-06-25", lat: 12.6, lon: -8.0, admin1: "Bamako", location: "Bamako"));

        Assert.DoesNotContain(Evaluate().Raised, a => a.Rule == "proximity" && a.Site == "Ménaka");
    }
}
