using ConflictWatch.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace ConflictWatch.Store.Tests;

public sealed class MigrationTests
{
    [Fact]
    public void A_database_written_by_schema_v1_opens_upgrades_and_finds_its_old_rows()
    {
        var dir = Path.Combine(Path.GetTempPath(), "cw-store-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "v1.db");
        using (var v1 = SqliteStore.Open(path, schemaVersion: 1))
        {
            Assert.Equal(1, v1.SchemaVersion);
        }
        // Rows as version 1 of the program wrote them, with plain SQL (v1 has no search or spatial index).
        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = """
                INSERT INTO dispatches (dispatch_id, content_hash, text, normalised_text, ingested_at, updated_at, country, year)
                VALUES ('old-1', 'h', 'Gunmen attacked Ménaka', 'Gunmen attacked Ménaka', '2022-01-01T00:00:00Z', '2022-01-01T00:00:00Z', 'Mali', 2022);
                INSERT INTO events (event_id, event_date, month, time_precision, disorder_type, event_type, sub_event_type, actor1, inter1, country, iso, location,
                    latitude, longitude, geo_precision, fatalities, source, notes, confidence, origin, created_at, updated_at)
                VALUES ('OLD-1', '2022-01-05', 202201, 1, 'Political violence', 'Battles', 'Armed clash', 'JNIM', 2, 'Mali', 466, 'Ménaka',
                    15.918, 2.402, 1, 4, 'RFI', 'Clashes near Ménaka.', 0.9, 'extracted', '2022-01-01T00:00:00Z', '2022-01-01T00:00:00Z');
                """;
            cmd.ExecuteNonQuery();
        }
        using var store = SqliteStore.Open(path);
        Assert.Equal(Migrator.Latest, store.SchemaVersion);
        Assert.Contains(store.Search("menaka"), h => h.Id == "old-1");
        Assert.Contains(store.Search("menaka"), h => h.Id == "OLD-1");
        Assert.Single(store.Query(new EventQuery { Near = new GeoPoint(15.9, 2.4), RadiusKm = 10 }));
        Assert.Equal(4, Assert.Single(store.CountByMonthAndType("Mali")).Fatalities);
        Directory.Delete(dir, true);
    }

    [Fact]
    public void Opening_a_current_database_again_applies_no_migration_twice()
    {
        using var t = new TestStore();
        var again = t.Reopen();
        Assert.Equal(Migrator.Latest, again.SchemaVersion);
    }
}
