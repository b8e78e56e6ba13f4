using System.Runtime.CompilerServices;
using ConflictWatch.Core;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ConflictWatch.Store.Sqlite;

/// <summary>
/// The import upsert as native statements bound by position (<see cref="EventStatement"/>); the bulk
/// path reuses one instance for the whole import.
/// A row is first offered to a plain INSERT, which for a new event id is all the work there is;
/// the upsert with its update triggers makes SQLite keep a statement journal (a copy of every page
/// it touches), so it only runs for an id that is already there.
/// </summary>
internal sealed class RawEventUpsert : IDisposable
{
    private readonly EventStatement insert, upsert;
    private readonly sqlite3 handle;

    public RawEventUpsert(SqliteConnection connection)
    {
        insert = new EventStatement(connection, EventRows.InsertSql, "import");
        try
        {
            upsert = new EventStatement(connection, EventRows.UpsertSql, "import");
        }
        catch
        {
            insert.Dispose();
            throw;
        }
        handle = insert.Connection;
    }

    /// <summary>What an upsert did to the row with the event's id.</summary>
    public enum Outcome
    {
        /// <summary>A person touched the existing row; it was left alone.</summary>
        Kept,
        Inserted,
        Updated,
    }

    /// <summary>Sets the values every row of a batch shares (bindings outlive a reset).</summary>
    public void BindShared(string originName, string nowText)
    {
        insert.BindShared(originName, nowText);
        upsert.BindShared(originName, nowText);
    }

    /// <summary>Upserts one event, after <see cref="BindShared"/>.</summary>
    // Per-row code of an import: compiled optimized at once (see EventStatement.Step).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Outcome Execute(ConflictEvent e)
    {
        if (insert.Step(e) == raw.SQLITE_DONE)
        {
            return Outcome.Inserted;
        }
        if (raw.sqlite3_extended_errcode(handle) != raw.SQLITE_CONSTRAINT_UNIQUE)
        {
            throw new ConflictWatchException($"import of {e.EventId}: {raw.sqlite3_errmsg(handle).utf8_to_string()}");
        }
        // The id is taken (the only unique column besides the rowid): update that row instead.
        var before = raw.sqlite3_last_insert_rowid(handle);
        if (upsert.Step(e) != raw.SQLITE_DONE)
        {
            throw new ConflictWatchException($"import of {e.EventId}: {raw.sqlite3_errmsg(handle).utf8_to_string()}");
        }
        if (raw.sqlite3_changes(handle) == 0)
        {
            return Outcome.Kept;
        }
        // An upsert that updates leaves the last insert rowid alone; a new row always gets a new one.
        return raw.sqlite3_last_insert_rowid(handle) != before ? Outcome.Inserted : Outcome.Updated;
    }

    public void Dispose()
    {
        insert.Dispose();
        upsert.Dispose();
    }
}
