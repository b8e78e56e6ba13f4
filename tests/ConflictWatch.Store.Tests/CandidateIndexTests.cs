using ConflictWatch.Store.Sqlite;

namespace ConflictWatch.Store.Tests;

/// <summary>The in-memory dedup candidate index must never hide an event written elsewhere or moved by a person.</summary>
public sealed class CandidateIndexTests
{
    [Fact]
    public void An_event_another_connection_wrote_is_still_found_as_the_same_incident()
    {
        using var t = new TestStore();
        t.Save("d0", "Unrelated report.", TestStore.Event("x0", "2023-01-02", 14.0, -4.0));
        using (var other = SqliteStore.Open(t.DbPath, t.Clock))
        {
            var d = new Core.Dispatch("d1", "First report.", new DateOnly(2023, 4, 8), "RFI");
            other.Save(new Extraction.ExtractionResult(d, d.Text, null, d.Published, [TestStore.Event("x1")], []), ContentHash.Of(d));
        }
        var outcome = t.Save("d2", "Second report of the same attack.", TestStore.Event("x2", fatalities: 5));
        Assert.Equal((0, 1), (outcome.EventsAdded, outcome.EventsMerged));
    }

    [Fact]
    public void An_event_a_person_moved_is_found_where_it_now_is()
    {
        using var t = new TestStore();
        t.Save("d1", "First report.", TestStore.Event("x1", lat: 14.0, lon: -4.0));
        t.Store.Edit("x1", "analyst", new Dictionary<string, string?> { ["latitude"] = "15.918", ["longitude"] = "2.402" });
        var outcome = t.Save("d2", "Second report.", TestStore.Event("x2"));
        Assert.Equal((0, 1), (outcome.EventsAdded, outcome.EventsMerged));
    }
}
