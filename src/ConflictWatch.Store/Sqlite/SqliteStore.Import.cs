using ConflictWatch.Core;

namespace ConflictWatch.Store.Sqlite;

/// <summary>Bulk import of curated datasets: one prepared upsert per batch, one transaction per batch.</summary>
public sealed partial class SqliteStore
{
    public int ImportBatch(IReadOnlyList<ConflictEvent> events, string origin) => InTransaction(tx =>
    {
        InvalidateCandidates(); // an upsert may move or re-label an extracted event
        var now = Now();
        using var cmd = Command(EventRows.UpsertSql, tx);
        EventRows.AddParameters(cmd);
        cmd.Prepare();
        var n = 0;
        foreach (var e in events)
        {
            if (string.IsNullOrEmpty(e.EventId))
            {
                throw new ConflictWatchException("import: an event without an id cannot be imported idempotently");
            }
            EventRows.Bind(cmd, e, origin, now);
            n += cmd.ExecuteNonQuery();
        }
        return n;
    });
}
