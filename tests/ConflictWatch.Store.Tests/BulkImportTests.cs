using ConflictWatch.Core;
using ConflictWatch.Store.Import;
using Microsoft.Data.Sqlite;

namespace ConflictWatch.Store.Tests;

/// <summary>
/// The bulk import path defers the full-text trigger and (for big loads) the summary triggers and secondary
/// indexes; these tests check that what it rebuilds matches what the triggers would have written.
/// </summary>
public sealed class BulkImportTests
{
    private static ImportRow Row(int i, string notes, double lat = 15.9) =>
        new(i, TestStore.Event($"MLI{i}", lat: lat, notes: notes, location: $"Place {i}") with { Evidence = null }, null);

    private static void AssertIndexesConsistent(string db)
    {
        using var c = new SqliteConnection($"Data Source={db};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "INSERT INTO event_fts(event_fts) VALUES ('integrity-check')";
        cmd.ExecuteNonQuery();
        Assert.Equal(0L, SummaryCheck.Mismatches(c));
        cmd.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'bulk%'";
        Assert.Equal(0L, cmd.ExecuteScalar());
        cmd.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events'";
        Assert.Equal(6L, cmd.ExecuteScalar());
    }

    [Fact]
    public void Reimported_and_repeated_rows_leave_full_text_index_and_monthly_summary_consistent()
    {
        using var t = new TestStore();
        Importer.Run(t.Store, Enumerable.Range(1, 10).Select(i => Row(i, $"Old note {i} about Tessit.")), "acled");
        // Rows 5..10 change (notes and place), 11..15 are new, and 12 appears twice in the same file.
        var second = Enumerable.Range(5, 11).Select(i => Row(i, $"New note {i} about Anderamboukane.", 14.5)).Append(Row(12, "Last word on Inekar.", 14.6));
        var s = Importer.Run(t.Store, second, "acled");
        Assert.Equal(12, s.Rows);
        t.Store.Dispose();
        AssertIndexesConsistent(t.DbPath);
        var store = t.Reopen();
        Assert.Equal(15, store.Count(new EventQuery()));
        Assert.Equal(4, store.Search("Tessit").Count(h => h.Kind == SearchHitKind.Event));
        Assert.Equal("Last word on Inekar.", store.Get("MLI12")!.Stored.Event.Notes);
        Assert.Single(store.Search("Inekar"), h => h.Kind == SearchHitKind.Event);
        Assert.Equal(11, store.Count(new EventQuery { Near = new GeoPoint(14.5, 2.402), RadiusKm = 20 }));
    }

    [Fact]
    public void A_big_import_drops_and_rebuilds_the_secondary_indexes()
    {
        using var t = new TestStore();
        var rows = Enumerable.Range(1, 60_000).Select(i => Row(i, $"Note {i}."));
        Assert.Equal(60_000, Importer.Run(t.Store, rows, "acled").Imported);
        t.Store.Dispose();
        AssertIndexesConsistent(t.DbPath);
        using var c = new SqliteConnection($"Data Source={t.DbPath};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL";
        Assert.True((long)cmd.ExecuteScalar()! >= 5);
        cmd.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", cmd.ExecuteScalar());
    }

    [Fact]
    public void An_import_leaves_the_full_text_settings_as_they_were()
    {
        using var t = new TestStore();
        t.Store.Dispose();
        using (var c = new SqliteConnection($"Data Source={t.DbPath};Pooling=False"))
        {
            c.Open();
            using var set = c.CreateCommand();
            set.CommandText = "INSERT INTO event_fts(event_fts, rank) VALUES ('hashsize', 2097152)";
            set.ExecuteNonQuery();
        }
        var store = t.Reopen();
        Importer.Run(store, Enumerable.Range(1, 60_000).Select(i => Row(i, $"Note {i} about Tessit.")), "acled");
        store.Dispose();
        using var check = new SqliteConnection($"Data Source={t.DbPath};Pooling=False");
        check.Open();
        using var cmd = check.CreateCommand();
        cmd.CommandText = "SELECT v FROM event_fts_config WHERE k = 'hashsize'";
        Assert.Equal(2097152L, cmd.ExecuteScalar());
        AssertIndexesConsistent(t.DbPath);
    }

    [Fact]
    public void A_bulk_import_disposed_without_completing_leaves_the_database_as_it_was()
    {
        using var t = new TestStore();
        Importer.Run(t.Store, [Row(1, "Kept.")], "acled");
        using (var bulk = t.Store.BeginBulkImport("acled"))
        {
            bulk.Write(Enumerable.Range(2, 60_000).Select(i => Row(i, "Gone.").Event!).ToList());
        }
        Assert.Equal(1, t.Store.Count(new EventQuery()));
        t.Store.Dispose();
        AssertIndexesConsistent(t.DbPath);
        t.Reopen();
    }

    [Fact]
    public void The_summary_of_an_import_groups_names_as_sqlite_nocase_does_ascii_letters_only()
    {
        using var t = new TestStore();
        string?[] admin1 = ["Ménaka", "MéNAKA", "MÉNAKA", null, ""];
        var rows = Enumerable.Range(1, 40).Select(i => new ImportRow(i, TestStore.Event($"C{i}", country: i % 2 == 0 ? "Mali" : "MALI") with
        {
            EventType = i % 3 == 0 ? "BATTLES" : EventTypes.Battles,
            Admin1 = admin1[i % admin1.Length],
            Kidnapped = i % 4 == 0 ? i : null,
        }, null));
        Importer.Run(t.Store, rows, "acled");
        t.Store.Dispose();
        AssertIndexesConsistent(t.DbPath);
    }
}
