using ConflictWatch.Core;

namespace ConflictWatch.Store.Tests;

/// <summary>The narrow analysis reads (served from covering indexes) agree with the full event reads.</summary>
public sealed class AnalysisReadTests
{
    private static TestStore Seeded()
    {
        var t = new TestStore();
        var events = Enumerable.Range(0, 60).Select(i => TestStore.Event($"E{i:00}", $"2023-{i % 3 + 3:00}-{i % 28 + 1:00}", 14 + i % 5 * 0.5, -1 + i % 7 * 0.3,
            actor1: i % 3 == 0 ? "JNIM" : "Military Forces of Mali (2021-)", actor2: i % 3 == 1 ? "JNIM" : null, fatalities: i % 4,
            country: i % 4 == 0 ? "Burkina Faso" : "Mali", geoPrecision: i % 5 == 0 ? 3 : 1)).ToList();
        t.Store.ImportBatch(events, "acled");
        t.Store.Reject("E07", "tester");
        return t;
    }

    [Fact]
    public void Track_points_are_the_window_of_the_event_query_in_the_same_order()
    {
        using var t = Seeded();
        var from = new DateOnly(2023, 3, 10);
        var to = new DateOnly(2023, 5, 20);
        var expected = t.Store.Query(new EventQuery { From = from, To = to, Order = EventOrder.Chronological })
            .Where(s => s.Event.Actor1 == "JNIM" || s.Event.Actor2 == "JNIM")
            .Select(s => new TrackPoint(s.Event.EventId, s.Event.EventDate, s.Event.Actor1, s.Event.Actor2, s.Event.Latitude, s.Event.Longitude, s.Event.GeoPrecision, s.Event.Admin1))
            .ToList();
        Assert.NotEmpty(expected);
        Assert.DoesNotContain(expected, p => p.EventId == "E07");
        Assert.Equal(expected, t.Store.TrackPoints(from, to, ["jnim"]));
        Assert.Empty(t.Store.TrackPoints(from, to, ["Nobody"]));
        Assert.Empty(t.Store.TrackPoints(from, to, []));
    }

    [Fact]
    public void A_box_keeps_the_track_points_inside_it_and_the_latest_is_the_last_precise_one()
    {
        using var t = Seeded();
        var from = new DateOnly(2023, 3, 10);
        var to = new DateOnly(2023, 5, 20);
        var all = t.Store.TrackPoints(from, to, ["JNIM"]);
        var box = new GeoBox(14.5, 15.5, -0.7, 0.2);
        var inside = all.Where(p => box.Contains(p.Latitude, p.Longitude)).ToList();
        Assert.NotEmpty(inside);
        Assert.NotEqual(all.Count, inside.Count);
        Assert.Equal(inside, t.Store.TrackPointsWithin(from, to, [new TrackArea("jnim", box)]));
        var army = "Military Forces of Mali (2021-)";
        var both = t.Store.TrackPoints(from, to, [army]).Concat(inside).Distinct().OrderBy(p => p.EventDate).ThenBy(p => p.EventId, StringComparer.Ordinal).ToList();
        Assert.Equal(both, t.Store.TrackPointsWithin(from, to, [new TrackArea("jnim", box), new TrackArea(army, null)]));
        Assert.Equal(all.Last(p => p.GeoPrecision < 3), t.Store.LatestTrackPoint(from, to, "jnim", 3));
        Assert.Equal(all[^1], t.Store.LatestTrackPoint(from, to, "JNIM", 4));
        Assert.Null(t.Store.LatestTrackPoint(from, to, "Nobody", 3));
    }

    [Fact]
    public void Weekly_counts_equal_the_raw_counts_per_week()
    {
        using var t = Seeded();
        var filter = new EventQuery { Country = "mali", From = new DateOnly(2023, 3, 5), To = new DateOnly(2023, 5, 25) };
        var rows = t.Store.Aggregate(new AggregateQuery { Filter = filter, Bucket = TimeBucket.Week, WithKidnapped = true });
        var raw = t.Store.Query(filter).GroupBy(s => s.Event.EventDate.AddDays(-(((int)s.Event.EventDate.DayOfWeek + 6) % 7)))
            .OrderBy(g => g.Key).Select(g => (g.Key, (long)g.Count(), (long)g.Sum(s => s.Event.Fatalities))).ToList();
        Assert.Equal(raw, rows.Select(r => (r.Period!.Value, r.Events, r.Fatalities)).ToList());
    }
}
