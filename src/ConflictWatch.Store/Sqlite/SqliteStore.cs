using System.Globalization;
using ConflictWatch.Core;
using Microsoft.Data.Sqlite;

namespace ConflictWatch.Store.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode (readers keep working while an ingest writes),
/// migrated on open. One instance is one connection; use it from one thread at a time.
/// The other concerns live in the partial files SqliteStore.*.cs.
/// </summary>
public sealed partial class SqliteStore : IConflictStore
{
    /// <summary>Page cache per connection (negative: KiB), 64 MB.</summary>
    private const int CacheSize = -65536;

    private readonly SqliteConnection db;
    private readonly StatementCache statements;
    private readonly TimeProvider time;

    private SqliteStore(SqliteConnection db, TimeProvider time, int version)
    {
        this.db = db;
        statements = new StatementCache(db);
        this.time = time;
        SchemaVersion = version;
    }

    public string Location => db.DataSource;

    public int SchemaVersion { get; }

    /// <summary>Opens (creating it and its directory if needed) and migrates the database at <paramref name="path"/>.</summary>
    public static SqliteStore Open(string path, TimeProvider? time = null, int? schemaVersion = null)
    {
        time ??= TimeProvider.System;
        var full = Path.GetFullPath(path);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConflictWatchException($"{full}: cannot create the database directory: {e.Message}", e);
        }
        var cs = new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false, DefaultTimeout = 30 }.ToString();
        var conn = new SqliteConnection(cs);
        try
        {
            conn.Open();
            // WAL: readers see the last commit while a writer works. NORMAL sync is durable across
            // process crashes (what the kill test checks); only an OS crash may lose the last commits.
            Pragma(conn, "PRAGMA journal_mode = WAL");
            Pragma(conn, "PRAGMA synchronous = NORMAL");
            Pragma(conn, "PRAGMA foreign_keys = ON");
            Pragma(conn, "PRAGMA busy_timeout = 30000");
            Pragma(conn, $"PRAGMA cache_size = {CacheSize}");
            Pragma(conn, "PRAGMA temp_store = MEMORY");
            Pragma(conn, "PRAGMA mmap_size = 268435456");
            conn.CreateFunction("distance_km", (double lat1, double lon1, double lat2, double lon2) => Geo.DistanceKm(lat1, lon1, lat2, lon2), isDeterministic: true);
            conn.CreateFunction("fold", (string? s) => s is null ? null : TextFold.Fold(s), isDeterministic: true);
            var version = Migrator.Migrate(conn, time, schemaVersion);
            return new SqliteStore(conn, time, version);
        }
        catch (SqliteException e)
        {
            conn.Dispose();
            throw new ConflictWatchException($"{full}: cannot open the database: {e.Message}", e);
        }
        catch
        {
            conn.Dispose();
            throw;
        }
    }

    private bool disposed;

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }
        disposed = true;
        try
        {
            Pragma(db, "PRAGMA optimize");
        }
        catch (SqliteException)
        {
            // Only advice for the planner; a busy database must not fail the close.
        }
        statements.Dispose();
        extractedInsert?.Dispose();
        db.Dispose();
    }

    private static void Pragma(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, SqliteTransaction? tx = null)
    {
        var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }

    /// <summary>A cached command for SQL run once per saved dispatch or event (see <see cref="StatementCache"/>); never dispose it.</summary>
    private SqliteCommand Prepared(string sql, SqliteTransaction? tx) => statements.Get(sql, tx);

    private string Now() => time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string s) => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseDate(string s) => IsoDates.Parse(s);

    private static object Db(object? v) => v ?? DBNull.Value;

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static int? Int(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);

    /// <summary>Runs <paramref name="work"/> in one write transaction (BEGIN IMMEDIATE, so writers queue instead of deadlocking).</summary>
    private T InTransaction<T>(Func<SqliteTransaction, T> work)
    {
        using var tx = db.BeginTransaction(deferred: false);
        var result = work(tx);
        tx.Commit();
        return result;
    }
}
