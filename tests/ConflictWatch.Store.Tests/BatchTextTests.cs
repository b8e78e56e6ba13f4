using ConflictWatch.Core;
using ConflictWatch.Extraction;
using Microsoft.Data.Sqlite;

namespace ConflictWatch.Store.Tests;

/// <summary>
/// A batch of saves indexes its new rows for full-text search once at the end instead of through the
/// triggers; these tests check the index ends up as the triggers would have left it, including rows
/// replaced or deleted within the batch.
/// </summary>
public sealed class BatchTextTests
{
    private static SaveItem Item(string id, string text, params ConflictEvent[] events)
    {
        var d = new Dispatch(id, text, new DateOnly(2023, 4, 8), "RFI", $"https://example.org/{id}", $"Title {text}");
        return new SaveItem(new ExtractionResult(d, text, d.Title, d.Published, events, []), ContentHash.Of(d));
    }

    /// <summary>Filler dispatches, so the batch is big enough to defer its full-text upkeep.</summary>
    private static IEnumerable<SaveItem> Filler(int n) =>
        Enumerable.Range(0, n).Select(i => Item($"f{i}", $"filler {i}", TestStore.Event($"f{i}-e", lat: 10 + i * 0.5, notes: $"Fillerword {i}.", location: $"Place {i}")));

    /// <summary>Both indexes agree with their tables (integrity-check with rank 1 compares them row by row) and the triggers are back.</summary>
    private static void AssertIndexesMatchTables(string db)
    {
        using var c = new SqliteConnection($"Data Source={db};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "INSERT INTO event_fts(event_fts, rank) VALUES ('integrity-check', 1); INSERT INTO dispatch_fts(dispatch_fts, rank) VALUES ('integrity-check', 1);";
        cmd.ExecuteNonQuery();
        cmd.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'batch%'";
        Assert.Equal(0L, cmd.ExecuteScalar());
        cmd.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name IN ('events_ai', 'events_ad', 'events_au_text', 'dispatches_ai', 'dispatches_ad', 'dispatches_au')";
        Assert.Equal(6L, cmd.ExecuteScalar());
    }

    [Fact]
    public void Rows_saved_in_a_batch_are_found_by_search_afterwards()
    {
        using var t = new TestStore();
        var attempts = t.Store.SaveMany([.. Filler(10), Item("d1", "Zanguebar report", TestStore.Event("e1", notes: "Gunmen raided Zanguebar.", location: "Zanguebar"))]);
        Assert.All(attempts, a => Assert.Null(a.Error));
        AssertIndexesMatchTables(t.DbPath);
        Assert.Contains(t.Store.Search("zanguebar"), h => h.Kind == SearchHitKind.Event && h.Id == "e1");
        Assert.Contains(t.Store.Search("zanguebar"), h => h.Kind == SearchHitKind.Dispatch && h.Id == "d1");
        Assert.Equal(10, t.Store.Search("fillerword", limit: 100).Count(h => h.Kind == SearchHitKind.Event));
    }

    [Fact]
    public void A_dispatch_saved_twice_in_one_batch_is_indexed_as_its_last_version()
    {
        using var t = new TestStore();
        t.Store.SaveMany([
            Item("d1", "Firstversion text", TestStore.Event("e1", notes: "Firstversion notes.")),
            .. Filler(10),
            Item("d1", "Secondversion text", TestStore.Event("e2", notes: "Secondversion notes.")),
        ]);
        AssertIndexesMatchTables(t.DbPath);
        Assert.Empty(t.Store.Search("firstversion"));
        Assert.Equal(2, t.Store.Search("secondversion").Count);
    }

    [Fact]
    public void Replacing_the_newest_event_in_a_batch_does_not_reuse_its_id_for_an_unindexed_row()
    {
        using var t = new TestStore();
        t.Store.SaveMany([.. Filler(10)]);
        // The newest event (highest id) is replaced by a new version of its dispatch: SQLite alone would
        // give the replacement the freed id, which the batch would take for an already indexed row.
        t.Store.SaveMany([Item("f9", "filler 9 revised", TestStore.Event("f9-e2", lat: 30, notes: "Revisedword.", location: "Elsewhere")), .. Filler(20).Skip(10)]);
        AssertIndexesMatchTables(t.DbPath);
        Assert.Single(t.Store.Search("revisedword"));
        Assert.DoesNotContain(t.Store.Search("fillerword", limit: 100), h => h.Id == "f9-e");
    }

    [Fact]
    public void A_batch_that_fails_leaves_the_triggers_and_the_index_as_they_were()
    {
        using var t = new TestStore();
        t.Store.SaveMany([.. Filler(10)]);
        var broken = Item("bad", "broken", TestStore.Event("bad-e") with { Country = null! });
        Assert.ThrowsAny<Exception>(() => t.Store.SaveMany([.. Filler(20).Skip(10), broken]));
        AssertIndexesMatchTables(t.DbPath);
        Assert.Equal(10, t.Store.Search("fillerword", limit: 100).Count);
        t.Save("after", "Afterword", TestStore.Event("after-e", notes: "Afterword."));
        AssertIndexesMatchTables(t.DbPath);
        Assert.Equal(2, t.Store.Search("afterword").Count);
    }
}
