using ConflictWatch.Core;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ConflictWatch.Store.Sqlite;

/// <summary>
/// The alert insert as one native prepared statement bound by position, as <see cref="RawEventUpsert"/>
/// does for events: a run after a big ingest stores tens of thousands of alerts, and looking each of the
/// eleven parameters up by name on every execution cost as much as SQLite's own insert work. Text is
/// bound as UTF-8: handing SQLite UTF-16 to convert measured slower, and so did statements of many
/// rows each (SQLite's per-execution setup is not what costs here).
/// </summary>
internal sealed class RawAlertInsert : IDisposable
{
    private const string Sql = "INSERT INTO alerts (alert_key, rule, severity, site, distance_km, bearing, actor, admin1, event_ids, message, raised_at) "
        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT(alert_key) DO NOTHING";

    private readonly sqlite3 handle;
    private readonly sqlite3_stmt stmt;
    private readonly string?[] last = new string?[12];
    private readonly bool[] bound = new bool[12];

    public RawAlertInsert(SqliteConnection connection)
    {
        handle = connection.Handle ?? throw new ConflictWatchException("alerts: the database is not open");
        Check(raw.sqlite3_prepare_v2(handle, Sql, out stmt));
    }

    /// <summary>Stores the alert unless its key exists; returns its new row id, or null when it was raised before.</summary>
    public long? Execute(Alert alert, string raisedAt)
    {
        Check(raw.sqlite3_reset(stmt));
        Text(1, alert.Key);
        Repeated(2, alert.Rule);
        Repeated(3, alert.Severity);
        Repeated(4, alert.Site);
        Check(alert.DistanceKm is { } km ? raw.sqlite3_bind_double(stmt, 5, km) : raw.sqlite3_bind_null(stmt, 5));
        Repeated(6, alert.Bearing);
        Repeated(7, alert.Actor);
        Repeated(8, alert.Admin1);
        Text(9, string.Join(' ', alert.EventIds));
        Text(10, alert.Message);
        Repeated(11, raisedAt);
        if (raw.sqlite3_step(stmt) != raw.SQLITE_DONE)
        {
            throw new ConflictWatchException($"alert {alert.Key}: {raw.sqlite3_errmsg(handle).utf8_to_string()}");
        }
        return raw.sqlite3_changes(handle) > 0 ? raw.sqlite3_last_insert_rowid(handle) : null;
    }

    public void Dispose() => stmt.Dispose();

    /// <summary>
    /// Binds a value that often repeats from one alert to the next (rule, site, actor, time) only when it
    /// changed: SQLite keeps bindings across resets.
    /// </summary>
    private void Repeated(int index, string? value)
    {
        if (bound[index] && string.Equals(last[index], value, StringComparison.Ordinal))
        {
            return;
        }
        Text(index, value);
        last[index] = value;
        bound[index] = true;
    }

    private void Text(int index, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(stmt, index) : raw.sqlite3_bind_text(stmt, index, value));

    private void Check(int rc) => NativeCheck.Ok(handle, rc, "alerts");
}
