using System.Globalization;
using ConflictWatch.Store.Dedup;
using Microsoft.Data.Sqlite;

namespace ConflictWatch.Store.Sqlite;

/// <summary>
/// The in-memory dedup candidate index of this connection. Loaded on first use; kept in step by
/// this connection's own inserts and deletes; dropped (and reloaded when next needed) after a
/// review edit or an import here, or when <c>PRAGMA data_version</c> shows another connection
/// committed, so it never misses an event another process wrote.
/// </summary>
public sealed partial class SqliteStore
{
    private CandidateIndex? candidates;
    private long candidatesDataVersion = -1;

    private CandidateIndex Candidates(SqliteTransaction tx)
    {
        var version = Convert.ToInt64(Prepared("PRAGMA data_version", tx).ExecuteScalar(), CultureInfo.InvariantCulture);
        if (version != candidatesDataVersion)
        {
            candidates = null;
            candidatesDataVersion = version;
        }
        if (candidates is not null)
        {
            return candidates;
        }
        var index = new CandidateIndex();
        // Read from the partial index of extracted events (migration 007), not by scanning every row.
        using var cmd = Command("SELECT id, event_date, latitude, longitude FROM events WHERE origin = 'extracted'", tx);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            index.Add(r.GetInt64(0), ParseDate(r.GetString(1)), r.GetDouble(2), r.GetDouble(3));
        }
        return candidates = index;
    }

    private void InvalidateCandidates() => candidates = null;
}
