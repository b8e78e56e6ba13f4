using ConflictWatch.Core;
using ConflictWatch.Store.Import;

namespace ConflictWatch.Store.Tests;

/// <summary>
/// The monthly summary table (read by counts and trends) must always say what counting the events
/// says, whatever wrote them: saves, new versions of a dispatch, edits, rejections, imports.
/// </summary>
public sealed class MonthSummaryTests
{
    private static ImportRow Row(int i, string country = "Mali", string? admin1 = "Gao", int fatalities = 1) =>
        new(i, TestStore.Event($"IMP{i}", date: $"2022-{1 + i % 12:00}-{1 + i % 28:00}", country: country, fatalities: fatalities, notes: $"Row {i}.") with { Admin1 = admin1, Kidnapped = i % 5 == 0 ? 2 : null }, null);

    [Fact]
    public void The_summary_agrees_with_the_events_after_saves_new_versions_edits_rejections_and_imports()
    {
        using var t = new TestStore();
        t.Save("d1", "First text.", TestStore.Event("a", fatalities: 3), TestStore.Event("b", date: "2023-05-02", lat: 14.0, fatalities: 7, type: EventTypes.ViolenceAgainstCivilians));
        Assert.Equal(0, SummaryCheck.Mismatches(t.DbPath));

        // A new version of the dispatch: one event changes, one disappears (its row is deleted).
        t.Save("d1", "Second text.", TestStore.Event("a", fatalities: 5));
        Assert.Equal(0, SummaryCheck.Mismatches(t.DbPath));

        var id = t.Store.Query(new EventQuery()).First().Event.EventId;
        t.Store.Edit(id, "analyst", new Dictionary<string, string?> { ["fatalities"] = "11", ["admin1"] = "Ménaka", ["event_date"] = "2023-02-01" });
        Assert.Equal(0, SummaryCheck.Mismatches(t.DbPath));
        t.Store.Reject(id, "analyst");
        Assert.Equal(0, SummaryCheck.Mismatches(t.DbPath));
        Assert.Empty(t.Store.CountByMonthAndType("Mali"));

        // Small imports go through the triggers, re-imports update rows in place.
        Importer.Run(t.Store, Enumerable.Range(1, 200).Select(i => Row(i, admin1: i % 3 == 0 ? null : "Gao")), "acled");
        Importer.Run(t.Store, Enumerable.Range(100, 200).Select(i => Row(i, country: "Niger", fatalities: 4)), "acled");
        Assert.Equal(0, SummaryCheck.Mismatches(t.DbPath));

        // A big import recounts the summary once at the end.
        Importer.Run(t.Store, Enumerable.Range(1000, 60_000).Select(i => Row(i, admin1: $"Region {i % 7}")), "acled");
        Assert.Equal(0, SummaryCheck.Mismatches(t.DbPath));
        Assert.Equal(99 + 200 + 60_000, t.Store.CountByMonthAndType("Mali").Sum(c => c.Events) + t.Store.CountByMonthAndType("Niger").Sum(c => c.Events));
    }

    [Fact]
    public void Trends_from_the_summary_match_counting_the_events_one_by_one()
    {
        using var t = new TestStore();
        Importer.Run(t.Store, Enumerable.Range(1, 500).Select(i => Row(i, country: i % 2 == 0 ? "Mali" : "Niger", admin1: i % 4 == 0 ? null : $"R{i % 3}", fatalities: i % 9)), "acled");
        t.Store.Reject("IMP10", "analyst");
        var filter = new EventQuery { Country = "Mali", From = new DateOnly(2022, 3, 1), To = new DateOnly(2022, 10, 31) };
        var rows = t.Store.Aggregate(new AggregateQuery { Filter = filter, Bucket = TimeBucket.Quarter, Groups = [GroupField.Admin1, GroupField.EventType], WithKidnapped = true });
        var expected = t.Store.Query(filter)
            .Select(s => s.Event)
            .GroupBy(e => (Q: new DateOnly(e.EventDate.Year, (e.EventDate.Month - 1) / 3 * 3 + 1, 1), e.Admin1, e.EventType))
            .OrderBy(g => g.Key.Q).ThenBy(g => g.Key.Admin1, StringComparer.Ordinal)
            .Select(g => (g.Key.Q, g.Key.Admin1, g.Count(), g.Sum(e => (long)e.Fatalities), g.Sum(e => (long)(e.Kidnapped ?? 0))))
            .ToList();
        Assert.Equal(expected, rows.Select(r => (r.Period!.Value, r.Keys[0], (int)r.Events, r.Fatalities, r.Kidnapped)).ToList());
    }
}
