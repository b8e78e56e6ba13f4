using ConflictWatch.Core;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ConflictWatch.Store.Sqlite;

/// <summary>
/// The import upsert as one native prepared statement bound by position. Microsoft.Data.Sqlite
/// looks every parameter up by name and re-marshals its name on each execution, which cost more
/// than SQLite's own insert work for a 36-column row; the bulk path reuses this one statement.
/// </summary>
internal sealed class RawEventUpsert : IDisposable
{
    private readonly sqlite3 handle;
    private readonly sqlite3_stmt stmt;
    private readonly int eventId, month, origin, now;
    private readonly int[] data;

    public RawEventUpsert(SqliteConnection connection)
    {
        handle = connection.Handle ?? throw new ConflictWatchException("import: the database is not open");
        Check(raw.sqlite3_prepare_v2(handle, EventRows.UpsertSql, out stmt));
        eventId = Index("$event_id");
        month = Index("$month");
        origin = Index("$origin");
        now = Index("$now");
        data = [.. EventRows.DataColumns.Select(c => Index("$" + c))];
    }

    /// <summary>Upserts one event; returns 1 when a row was inserted or updated, 0 when a person's row was kept.</summary>
    public int Execute(ConflictEvent e, string originName, string nowText)
    {
        raw.sqlite3_reset(stmt);
        raw.sqlite3_bind_text(stmt, eventId, e.EventId);
        raw.sqlite3_bind_int(stmt, month, e.EventDate.Year * 100 + e.EventDate.Month);
        raw.sqlite3_bind_text(stmt, origin, originName);
        raw.sqlite3_bind_text(stmt, now, nowText);
        var values = EventRows.Values(e);
        for (var i = 0; i < data.Length; i++)
        {
            var rc = values[i] switch
            {
                null => raw.sqlite3_bind_null(stmt, data[i]),
                string s => raw.sqlite3_bind_text(stmt, data[i], s),
                int n => raw.sqlite3_bind_int(stmt, data[i], n),
                long n => raw.sqlite3_bind_int64(stmt, data[i], n),
                double d => raw.sqlite3_bind_double(stmt, data[i], d),
                var other => throw new ConflictWatchException($"import: cannot store a {other.GetType().Name}"),
            };
            Check(rc);
        }
        var step = raw.sqlite3_step(stmt);
        if (step != raw.SQLITE_DONE)
        {
            throw new ConflictWatchException($"import of {e.EventId}: {raw.sqlite3_errmsg(handle).utf8_to_string()}");
        }
        return raw.sqlite3_changes(handle);
    }

    public void Dispose() => stmt.Dispose();

    private int Index(string name)
    {
        var i = raw.sqlite3_bind_parameter_index(stmt, name);
        return i > 0 ? i : throw new ConflictWatchException($"import statement has no parameter {name}");
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new ConflictWatchException($"import: {raw.sqlite3_errmsg(handle).utf8_to_string()}");
        }
    }
}
