using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ConflictWatch.Core;
using Microsoft.Data.Sqlite;

namespace ConflictWatch.Store.Sqlite;

/// <summary>
/// The bulk import path. Crash safety comes from doing everything, including the schema changes, in
/// ONE write transaction: SQLite DDL is transactional, so a process killed at any point rolls back
/// to the state before the import (triggers and indexes included) and a rerun starts from scratch,
/// upserting by event id. Durability settings are not relaxed: in WAL mode synchronous=NORMAL
/// already costs nothing per commit, and a single commit leaves nothing to gain from OFF.
/// </summary>
public sealed partial class SqliteStore : IBulkEventImport
{
    /// <summary>Rows written in one session after which dropping and rebuilding the secondary indexes pays off.</summary>
    private const int DropIndexesAfter = 50_000;

    public IBulkImport BeginBulkImport(string origin)
    {
        InvalidateCandidates(); // an upsert may move or re-label an extracted event
        return new BulkImport(this, origin);
    }

    private sealed partial class BulkImport : IBulkImport
    {
        private readonly SqliteStore store;
        private readonly string origin;
        private readonly SqliteTransaction tx;
        private readonly RawEventUpsert upsert;
        private readonly long maxId;
        private readonly long existingRows;
        private readonly List<string> restoreTriggers = [];
        private readonly List<string> restoreIndexes = [];
        private long written;
        private bool summaryDeferred;
        private BackgroundTally? tally;
        private bool done;
        private bool disposed;

        public BulkImport(SqliteStore store, string origin)
        {
            this.store = store;
            this.origin = origin;
            tx = store.db.BeginTransaction(deferred: false);
            try
            {
                maxId = Scalar("SELECT COALESCE(MAX(id), 0) FROM events");
                existingRows = Scalar("SELECT COUNT(*) FROM events");
                // Room for the index builds and the full-text merge; given back in Dispose.
                Exec("PRAGMA cache_size = -262144");
                DeferTriggers();
                // Into a small database every load is big: rebuilding its indexes and summary costs
                // less than maintaining them row by row from the first row on.
                if (existingRows < DropIndexesAfter)
                {
                    DropIndexes();
                    DeferSummary();
                }
                upsert = new RawEventUpsert(store.db);
            }
            catch
            {
                tx.Dispose();
                throw;
            }
        }

        // Per-row code of an import: compiled optimized at once (see EventStatement.Step).
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int Write(IReadOnlyList<ConflictEvent> events)
        {
            ObjectDisposedException.ThrowIf(done, this);
            using var span = StoreTrace.Phase("import: row inserts");
            upsert.BindShared(origin, store.Now());
            var n = 0;
            var inserted = tally is null ? null : new List<ConflictEvent>(events.Count);
            foreach (var e in events)
            {
                if (string.IsNullOrEmpty(e.EventId))
                {
                    throw new ConflictWatchException("import: an event without an id cannot be imported idempotently");
                }
                switch (upsert.Execute(e))
                {
                    case RawEventUpsert.Outcome.Inserted:
                        inserted?.Add(e);
                        n++;
                        break;
                    case RawEventUpsert.Outcome.Updated:
                        tally?.Abandon();
                        tally = null; // the summary must be recounted (see DeferSummary)
                        inserted = null;
                        n++;
                        break;
                }
            }
            if (inserted is not null)
            {
                tally?.Add(inserted);
            }
            written += events.Count;
            // Only a big load relative to what is there is worth rebuilding every index for.
            if (restoreIndexes.Count == 0 && written >= Math.Max(DropIndexesAfter, existingRows / 2))
            {
                DropIndexes();
                DeferSummary();
            }
            return n;
        }

        public void Complete()
        {
            ObjectDisposedException.ThrowIf(done, this);
            // Rows inserted in this session have ids above maxId: index them in one pass each. (FTS5's
            // 'rebuild' into an empty index measured slower than this insert, not faster.)
            var cells = tally?.Finish(); // ordered on a worker meanwhile
            using (StoreTrace.Phase("import: full-text index"))
            {
                // A bigger in-memory hash for this one statement only: FTS5 writes a segment each time its
                // hash fills and merges segments as they pile up; with 16 MB instead of the default 1 MB the
                // step measured 0.54 -> 0.35 s per 200,000 rows and the commit wrote fewer pages. The setting
                // is stored in the table, so it goes back to what it was (FTS5's default of 1 MB unless set)
                // before anything else writes.
                // (64 MB was once left out because ingest after a 2.5-million-event load seemed slower;
                // with 16 MB for the import alone, ingest CPU per dispatch after such a load measured
                // 751/787 µs against 724/847 µs without it: no difference beyond the machine's noise.)
                var hashSize = Scalar("SELECT COALESCE((SELECT v FROM event_fts_config WHERE k = 'hashsize'), 1048576)");
                Exec("INSERT INTO event_fts(event_fts, rank) VALUES ('hashsize', 16777216)");
                Exec($"INSERT INTO event_fts(rowid, notes, location) SELECT id, notes, location FROM events WHERE id > {maxId}");
                Exec($"INSERT INTO event_fts(event_fts, rank) VALUES ('hashsize', {hashSize})");
            }
            using (StoreTrace.Phase("import: monthly summary"))
            {
                if (cells is not null)
                {
                    MonthCountTally.AddTo(store.db, cells.GetAwaiter().GetResult());
                }
                else if (summaryDeferred)
                {
                    Exec(MonthSummarySql.Rebuild);
                }
            }
            if (restoreIndexes.Count > 0)
            {
                SortInParallel();
            }
            foreach (var sql in restoreIndexes)
            {
                using var span = StoreTrace.Phase("import: index " + IndexName().Match(sql).Groups[1].Value);
                Exec(sql);
            }
            Exec("DROP TRIGGER bulk_events_au_text");
            foreach (var sql in restoreTriggers)
            {
                Exec(sql);
            }
            using (StoreTrace.Phase("import: commit"))
            {
                tx.Commit();
            }
            done = true;
            Dispose();
            using (StoreTrace.Phase("import: checkpoint"))
            {
                store.TruncateWal();
            }
        }

        public void Dispose()
        {
            if (disposed)
            {
                return;
            }
            disposed = true;
            tally?.Abandon();
            upsert.Dispose();
            tx.Dispose(); // rolls back unless committed
            Pragma(store.db, $"PRAGMA cache_size = {CacheSize}");
            Pragma(store.db, "PRAGMA threads = 0");
            Pragma(store.db, "PRAGMA temp_store = MEMORY");
            done = true;
        }

        /// <summary>
        /// The insert trigger goes (new rows are indexed at the end); the text-update trigger is kept
        /// only for rows that existed before, since a row inserted in this session is not in the
        /// full-text index yet and a 'delete' of it would corrupt the index. The grid cell is a
        /// generated column, indexed like any other column.
        /// </summary>
        private void DeferTriggers()
        {
            foreach (var name in (string[])["events_ai", "events_au_text"])
            {
                var sql = SchemaSql("trigger", name) ?? throw new ConflictWatchException($"{store.Location}: trigger {name} is missing; the database is damaged");
                restoreTriggers.Add(sql);
                Exec($"DROP TRIGGER {name}");
            }
            var onlyOld = BeginKeyword().Replace(restoreTriggers[1], $"WHEN old.id <= {maxId} BEGIN", 1)
                .Replace("TRIGGER events_au_text", "TRIGGER bulk_events_au_text", StringComparison.Ordinal);
            Exec(onlyOld);
        }

        /// <summary>
        /// A load this big is cheaper to summarise once at the end than row by row through the summary
        /// triggers. The table is right up to here (the triggers kept it), so while the session only
        /// inserts, adding a tally of its new rows finishes it; after an update it is recounted from the
        /// events by one grouped scan.
        /// </summary>
        private void DeferSummary()
        {
            foreach (var name in (string[])["events_summary_ai", "events_summary_au"])
            {
                var sql = SchemaSql("trigger", name) ?? throw new ConflictWatchException($"{store.Location}: trigger {name} is missing; the database is damaged");
                restoreTriggers.Add(sql);
                Exec($"DROP TRIGGER {name}");
            }
            summaryDeferred = true;
            tally = new BackgroundTally();
        }

        /// <summary>
        /// Lets SQLite's sorter use the other cores for the index builds: it hands each full in-memory run
        /// to a worker thread to sort and write out while the main thread goes on reading the table, then
        /// merges the runs with workers too. It only does so when runs are smaller than the data (a run is
        /// as big as the page cache, so the cache goes down to 4 MB) and temporary files are files (with
        /// temp_store=MEMORY it never starts a worker). The builds of 200,000 rows measured 1.25 → 1.0 s
        /// of wall time. With cache_spill off as well (dirty pages never written early) they took 0.9 s,
        /// but then every page the builds write stays in memory until the commit, hundreds of MB for
        /// millions of rows; with spilling the memory stays bounded. The runs go to temporary files in
        /// the system's temporary directory, as a build bigger than the cache always did (the sorter's
        /// files are files whatever temp_store says). Dispose puts all three settings back.
        /// </summary>
        private void SortInParallel()
        {
            Exec("PRAGMA temp_store = FILE");
            Exec($"PRAGMA threads = {Math.Clamp(Environment.ProcessorCount - 1, 0, 4)}");
            Exec("PRAGMA cache_size = -4096");
        }

        /// <summary>
        /// Drops the secondary indexes of <c>events</c> for a rebuild at the end, except the partial
        /// index of extracted events (migration 007): imported rows never enter it, so keeping it costs
        /// nothing, where rebuilding it would scan the whole table.
        /// </summary>
        private void DropIndexes()
        {
            using var cmd = store.Command("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL AND name <> 'ix_events_extracted'", tx);
            var list = new List<(string Name, string Sql)>();
            using (var r = cmd.ExecuteReader())
            {
                while (r.Read())
                {
                    list.Add((r.GetString(0), r.GetString(1)));
                }
            }
            foreach (var (name, sql) in list)
            {
                restoreIndexes.Add(sql);
                Exec($"DROP INDEX {name}");
            }
        }

        private string? SchemaSql(string type, string name)
        {
            using var cmd = store.Command("SELECT sql FROM sqlite_master WHERE type = $t AND name = $n", tx);
            cmd.Parameters.AddWithValue("$t", type);
            cmd.Parameters.AddWithValue("$n", name);
            return cmd.ExecuteScalar() as string;
        }

        private long Scalar(string sql)
        {
            using var cmd = store.Command(sql, tx);
            return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        private void Exec(string sql)
        {
            using var cmd = store.Command(sql, tx);
            cmd.ExecuteNonQuery();
        }

        [GeneratedRegex(@"INDEX\s+(\S+)")]
        private static partial Regex IndexName();

        [GeneratedRegex(@"\bBEGIN\b")]
        private static partial Regex BeginKeyword();
    }

    /// <summary>A bulk import leaves a write-ahead log as big as the data; fold it back when no reader needs it (best effort).</summary>
    private void TruncateWal()
    {
        try
        {
            Pragma(db, "PRAGMA wal_checkpoint(TRUNCATE)");
        }
        catch (SqliteException)
        {
            // Readers hold it; SQLite checkpoints later on its own.
        }
    }
}
