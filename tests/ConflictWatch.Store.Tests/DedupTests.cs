using ConflictWatch.Core;
using ConflictWatch.Store.Dedup;
using Xunit.Abstractions;

namespace ConflictWatch.Store.Tests;

/// <summary>
/// The near-duplicate test set: pairs of reports written as different sources would code them, each
/// labelled same incident or not. Precision and recall of <see cref="DedupRules"/> are measured on it.
/// </summary>
public sealed class DedupTests(ITestOutputHelper output)
{
    private static ConflictEvent E(string date = "2023-04-06", double lat = 15.918, double lon = 2.402, string type = EventTypes.Battles, string actor1 = "JNIM",
        string? actor2 = "Military Forces of Mali (2021-)", int tp = 1, int gp = 1, string country = "Mali") =>
        TestStore.Event("x", date, lat, lon, type, actor1, actor2, country: country, timePrecision: tp, geoPrecision: gp);

    public static readonly TheoryData<string, ConflictEvent, ConflictEvent, bool> Pairs = new()
    {
        // Same incident, reported differently.
        { "identical report from two outlets", E(), E(), true },
        { "a day apart (overnight attack)", E(), E(date: "2023-04-07"), true },
        { "5 km apart (village vs nearby town)", E(), E(lat: 15.96), true },
        { "sides swapped", E(), E(actor1: "Military Forces of Mali (2021-)", actor2: "JNIM"), true },
        { "perpetrator unidentified in one report", E(), E(actor1: "Unidentified Armed Group (Mali)"), true },
        { "target not named in one report", E(), E(actor2: null), true },
        { "battle vs attack coding", E(), E(type: EventTypes.ViolenceAgainstCivilians, actor2: null), true },
        { "IED vs battle coding", E(), E(type: EventTypes.Explosions, actor2: null), true },
        { "week precision, 5 days apart", E(tp: 2), E(date: "2023-04-10"), true },
        { "region-level location 40 km away", E(gp: 3), E(lat: 16.27), true },
        { "month precision, same month", E(date: "2023-04-15", tp: 3), E(date: "2023-04-02"), true },
        { "case differences in actor", E(), E(actor1: "jnim"), true },
        // Different incidents.
        { "three days apart, exact dates", E(), E(date: "2023-04-09"), false },
        { "30 km apart, exact places", E(), E(lat: 16.19), false },
        { "different named perpetrators", E(), E(actor1: "Islamic State (Sahel)"), false },
        { "different country", E(), E(country: "Niger"), false },
        { "protest vs battle", E(), E(type: EventTypes.Protests, actor1: "Protesters (Mali)", actor2: null), false },
        { "month precision, different months", E(date: "2023-04-15", tp: 3), E(date: "2023-05-02", tp: 3), false },
        { "different targets of one group", E(actor2: "Civilians (Mali)"), E(actor2: "Military Forces of Mali (2021-)"), false },
        { "week precision, 12 days apart", E(tp: 2), E(date: "2023-04-18", tp: 2), false },
        { "same day, other town 100 km away", E(), E(lon: 3.33), false },
        { "strategic development vs battle", E(), E(type: EventTypes.StrategicDevelopments), false },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Each_labelled_pair_is_classified_as_labelled(string name, ConflictEvent a, ConflictEvent b, bool same)
    {
        Assert.True(DedupRules.SameIncident(a, b) == same, name);
        Assert.True(DedupRules.SameIncident(b, a) == same, name + " (reversed)");
    }

    [Fact]
    public void Merge_precision_and_recall_on_the_test_set_are_reported_and_perfect()
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var row in Pairs)
        {
            var (a, b, same) = ((ConflictEvent)row[1], (ConflictEvent)row[2], (bool)row[3]);
            var merged = DedupRules.SameIncident(a, b);
            tp += merged && same ? 1 : 0;
            fp += merged && !same ? 1 : 0;
            fn += !merged && same ? 1 : 0;
        }
        var precision = tp / (double)(tp + fp);
        var recall = tp / (double)(tp + fn);
        output.WriteLine($"dedup test set: {Pairs.Count} pairs, precision {precision:0.00}, recall {recall:0.00}");
        Assert.Equal(1.0, precision);
        Assert.Equal(1.0, recall);
    }

    [Fact]
    public void Two_dispatches_reporting_one_incident_give_one_event_with_both_sources_and_reconciled_fatalities()
    {
        using var t = new TestStore();
        t.Save("rfi", "RFI: JNIM attacked soldiers near Ménaka, killing 3.", TestStore.Event("a1", fatalities: 3));
        var o = t.Save("afp", "AFP: between 5 and 8 soldiers killed near Ménaka.", TestStore.Event("b1", date: "2023-04-07", lat: 15.95, fatalities: 5, high: 8));
        Assert.Equal(1, o.EventsMerged);
        var d = t.Store.Get("a1")!;
        Assert.Equal(2, d.Sources.Count);
        Assert.Equal((3, 8), (d.Stored.Event.Fatalities, d.Stored.Event.FatalitiesHigh));
        Assert.Single(t.Store.Query(new EventQuery()));
    }

    [Fact]
    public void Two_incidents_in_one_dispatch_are_never_merged_with_each_other()
    {
        using var t = new TestStore();
        var o = t.Save("d", "Two attacks on the same day near Ménaka.", TestStore.Event("a1"), TestStore.Event("a2", lat: 15.93));
        Assert.Equal(2, o.EventsAdded);
    }

    [Fact]
    public void A_report_of_no_deaths_does_not_lower_reported_deaths_to_zero()
    {
        Assert.Equal((3, 10), FatalityReconciler.Reconcile([(0, null), (3, null), (10, null)]));
        Assert.Equal((0, null), FatalityReconciler.Reconcile([(0, null), (0, null)]));
        Assert.Equal((2, 3), FatalityReconciler.Reconcile([(2, 3)]));
    }
}
