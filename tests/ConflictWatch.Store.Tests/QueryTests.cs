using ConflictWatch.Core;

namespace ConflictWatch.Store.Tests;

public sealed class QueryTests
{
    private static TestStore Seeded()
    {
        var t = new TestStore();
        t.Store.ImportBatch(
        [
            TestStore.Event("M1", "2023-04-06", 15.918, 2.402, fatalities: 3),
            TestStore.Event("M2", "2023-04-20", 16.27, -0.04, EventTypes.ViolenceAgainstCivilians, "Islamic State (Sahel)", "Civilians (Mali)", 12, location: "Gao", notes: "Gunmen killed 12 civilians in Gao."),
            TestStore.Event("M3", "2023-05-02", 15.95, 2.45, EventTypes.Explosions, fatalities: 0),
            TestStore.Event("B1", "2023-05-03", 14.35, -1.5, country: "Burkina Faso", fatalities: 40, location: "Djibo"),
        ], "acled");
        return t;
    }

    [Fact]
    public void Events_filter_by_date_country_type_actor_and_fatalities()
    {
        using var t = Seeded();
        string[] Ids(EventQuery q) => [.. t.Store.Query(q).Select(e => e.Event.EventId).Order(StringComparer.Ordinal)];
        Assert.Equal(["M2", "M3"], Ids(new EventQuery { From = new DateOnly(2023, 4, 15), Country = "mali" }));
        Assert.Equal(["M2"], Ids(new EventQuery { EventType = "violence against civilians" }));
        Assert.Equal(["B1", "M1", "M3"], Ids(new EventQuery { Actor = "jnim" }));
        Assert.Equal(["B1", "M2"], Ids(new EventQuery { MinFatalities = 10 }));
        Assert.Equal(["M1", "M3"], Ids(new EventQuery { Admin1 = "Menaka", Country = "Mali", To = new DateOnly(2023, 5, 31), Actor = "Military Forces of Mali (2021-)" }));
    }

    [Fact]
    public void A_paged_actor_filter_gives_the_same_rows_in_the_same_order_as_the_whole_list()
    {
        using var t = new TestStore();
        var events = Enumerable.Range(0, 40).Select(i => TestStore.Event($"E{i:00}", $"2023-04-{i % 20 + 1:00}", fatalities: i % 7,
            actor1: i % 3 == 0 ? "JNIM" : "Military Forces of Mali (2021-)", actor2: i % 3 == 1 ? "JNIM" : i % 3 == 2 ? null : "Dozo Communal Militia")).ToList();
        t.Store.ImportBatch(events, "acled");
        foreach (var order in (EventOrder[])[EventOrder.NewestFirst, EventOrder.Chronological])
        {
            var all = t.Store.Query(new EventQuery { Actor = "jnim", MinFatalities = 2, Order = order }).Select(e => e.Event.EventId).ToList();
            Assert.Equal(19, all.Count);
            var paged = Enumerable.Range(0, 4).SelectMany(p => t.Store.Query(new EventQuery { Actor = "jnim", MinFatalities = 2, Order = order, Limit = 5, Offset = p * 5 })).Select(e => e.Event.EventId).ToList();
            Assert.Equal(all, paged);
        }
    }

    [Fact]
    public void A_radius_query_returns_exactly_the_events_within_the_great_circle_distance()
    {
        using var t = Seeded();
        var near = t.Store.Query(new EventQuery { Near = new GeoPoint(15.918, 2.402), RadiusKm = 10 }).Select(e => e.Event.EventId).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["M1", "M3"], near);
        Assert.Equal(4, t.Store.Query(new EventQuery { Near = new GeoPoint(15.918, 2.402), RadiusKm = 500 }).Count());
    }

    [Fact]
    public void Month_by_event_type_counts_cover_one_country()
    {
        using var t = Seeded();
        var counts = t.Store.CountByMonthAndType("Mali");
        Assert.Equal(3, counts.Count);
        Assert.Contains(counts, c => c is { Year: 2023, Month: 4, EventType: EventTypes.ViolenceAgainstCivilians, Events: 1, Fatalities: 12 });
    }

    [Fact]
    public void Search_folds_accents_both_ways_and_highlights_the_match()
    {
        using var t = Seeded();
        t.Save("d1", "JNIM fighters attacked an army post in Menaka on Thursday.");
        var plain = t.Store.Search("Ménaka");
        Assert.Contains(plain, h => h.Kind == SearchHitKind.Dispatch && h.Id == "d1" && h.Snippet.Contains("[Menaka]", StringComparison.Ordinal));
        Assert.Contains(t.Store.Search("menaka"), h => h.Kind == SearchHitKind.Event && h.Snippet.Contains("[Ménaka]", StringComparison.Ordinal));
        Assert.NotEmpty(t.Store.Search("gao-civilians \"killed"));
    }

    [Fact]
    public void The_archive_lists_dispatches_by_country_and_year()
    {
        using var t = new TestStore();
        t.Save("d1", "text one", TestStore.Event("e1"));
        t.Save("d2", "text two", TestStore.Event("e2", country: "Burkina Faso", lat: 14.35, lon: -1.5));
        t.Save("d3", "no events");
        var index = t.Store.ArchiveIndex();
        Assert.Contains(new ArchiveEntry("Mali", 2023, 1), index);
        Assert.Contains(new ArchiveEntry("Burkina Faso", 2023, 1), index);
        Assert.Equal("d1", Assert.Single(t.Store.ListDispatches("mali", 2023)).DispatchId);
        Assert.Single(t.Store.EventsOfDispatch("d1"));
    }
}
