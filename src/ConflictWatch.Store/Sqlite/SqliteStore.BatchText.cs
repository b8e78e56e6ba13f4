using System.Globalization;
using System.Text.RegularExpressions;
using ConflictWatch.Core;
using Microsoft.Data.Sqlite;

namespace ConflictWatch.Store.Sqlite;

/// <summary>
/// Full-text upkeep of a batch of saves, done once at the end of the batch instead of row by row.
/// FTS5 writes its pending terms to disk as a new segment whenever a statement opens a statement
/// journal (any insert with triggers or OR REPLACE does), so the per-row triggers wrote and merged one
/// segment per event and per dispatch: about a third of an ingest's time. For the batch the insert
/// triggers go and rows inserted in it are indexed in one statement per table at the end; the update
/// and delete triggers stay only for rows that existed before, since a row inserted in this batch is
/// not in the index yet and a 'delete' of it would corrupt the index. All of it happens inside the
/// batch's transaction (SQLite DDL is transactional): other connections never see the changed
/// triggers, and a crash rolls everything back together.
/// </summary>
public sealed partial class SqliteStore
{
    /// <summary>Below this many dispatches, swapping the triggers costs more than it saves.</summary>
    private const int BatchTextFrom = 8;

    /// <summary>The batch in progress on this connection, if its full-text upkeep is deferred.</summary>
    private BatchText? batchText;

    private sealed partial class BatchText
    {
        private static readonly (string Table, string Index, string Columns, string Values, string[] Triggers)[] Tables =
        [
            ("events", "event_fts", "notes, location", "notes, location", ["events_ai", "events_ad", "events_au_text"]),
            ("dispatches", "dispatch_fts", "title, text", "title, normalised_text", ["dispatches_ai", "dispatches_ad", "dispatches_au"]),
        ];

        private readonly SqliteStore store;
        private readonly SqliteTransaction tx;
        private readonly Dictionary<string, long> maxId = [];
        private readonly Dictionary<string, long> nextId = [];
        private readonly List<string> restore = [];
        private readonly List<string> guards = [];

        /// <summary>Swaps the triggers; call inside <paramref name="tx"/> before anything is written.</summary>
        public BatchText(SqliteStore store, SqliteTransaction tx)
        {
            this.store = store;
            this.tx = tx;
            foreach (var (table, _, _, _, triggers) in Tables)
            {
                var max = Scalar($"SELECT COALESCE(MAX(id), 0) FROM {table}");
                maxId[table] = max;
                nextId[table] = max + 1;
                foreach (var name in triggers)
                {
                    var sql = Scalar<string>("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = $n", name)
                        ?? throw new ConflictWatchException($"{store.Location}: trigger {name} is missing; the database is damaged");
                    restore.Add(sql);
                    Exec($"DROP TRIGGER {name}");
                    if (!name.EndsWith("_ai", StringComparison.Ordinal))
                    {
                        var guard = "batch_" + name;
                        Exec(FirstBegin().Replace(sql, $"WHEN old.id <= {max} BEGIN", 1).Replace($"TRIGGER {name}", $"TRIGGER {guard}", StringComparison.Ordinal));
                        guards.Add(guard);
                    }
                }
            }
        }

        /// <summary>
        /// The id for a new row of <paramref name="table"/>. Given explicitly, because SQLite reuses the
        /// highest id once its row is deleted, and a new row with an old id would be taken for an indexed one.
        /// </summary>
        public long NextId(string table) => nextId[table]++;

        /// <summary>Indexes the rows inserted in the batch, as they are now, and puts the triggers back.</summary>
        public void Complete()
        {
            foreach (var (table, index, columns, values, _) in Tables)
            {
                Exec($"INSERT INTO {index}(rowid, {columns}) SELECT id, {values} FROM {table} WHERE id > {maxId[table]}");
            }
            foreach (var guard in guards)
            {
                Exec($"DROP TRIGGER {guard}");
            }
            foreach (var sql in restore)
            {
                Exec(sql);
            }
        }

        private long Scalar(string sql) => Convert.ToInt64(Scalar<object>(sql, null), CultureInfo.InvariantCulture);

        private T? Scalar<T>(string sql, string? name)
            where T : class
        {
            using var cmd = store.Command(sql, tx);
            if (name is not null)
            {
                cmd.Parameters.AddWithValue("$n", name);
            }
            return cmd.ExecuteScalar() as T;
        }

        private void Exec(string sql)
        {
            using var cmd = store.Command(sql, tx);
            cmd.ExecuteNonQuery();
        }

        [GeneratedRegex(@"\bBEGIN\b")]
        private static partial Regex FirstBegin();
    }
}
