using ConflictWatch.Core;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ConflictWatch.Store.Sqlite;

/// <summary>
/// A read-only query run as a native SQLite statement, parameters bound by position, rows read through
/// <see cref="StatementColumns"/>: for the hot reads of wide rows (thousands of events per alert run).
/// It runs on the store's connection, inside whatever transaction that has open.
/// </summary>
internal sealed class NativeQuery : IDisposable
{
    private readonly sqlite3 handle;
    private readonly sqlite3_stmt stmt;

    public NativeQuery(SqliteConnection connection, string sql)
    {
        handle = connection.Handle ?? throw new ConflictWatchException("query: the database is not open");
        Check(raw.sqlite3_prepare_v2(handle, sql, out stmt));
    }

    /// <summary>Binds the parameter at a position (1-based, as SQLite counts: ?1, ?2...).</summary>
    public NativeQuery Bind(int index, long value)
    {
        Check(raw.sqlite3_bind_int64(stmt, index, value));
        return this;
    }

    public NativeQuery Bind(int index, double value)
    {
        Check(raw.sqlite3_bind_double(stmt, index, value));
        return this;
    }

    /// <summary>Binds text as UTF-8, the database's encoding, so comparisons need no conversion per row.</summary>
    public NativeQuery Bind(int index, string value)
    {
        Check(raw.sqlite3_bind_text(stmt, index, value));
        return this;
    }

    /// <summary>Moves to the next row; false when there are no more.</summary>
    public bool Step() => raw.sqlite3_step(stmt) switch
    {
        raw.SQLITE_ROW => true,
        raw.SQLITE_DONE => false,
        _ => throw new ConflictWatchException($"query: {raw.sqlite3_errmsg(handle).utf8_to_string()}"),
    };

    public StatementColumns Row => new(stmt);

    public void Dispose() => stmt.Dispose();

    private void Check(int rc) => NativeCheck.Ok(handle, rc, "query");
}
