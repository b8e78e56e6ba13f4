using ConflictWatch.Core;
using SQLitePCL;

namespace ConflictWatch.Store.Sqlite;

/// <summary>
/// The result check of the statements the store drives through SQLitePCL directly (bulk import,
/// alert insert, event reads): a failure becomes an error that says which part failed and why.
/// </summary>
internal static class NativeCheck
{
    public static void Ok(sqlite3 handle, int rc, string part)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new ConflictWatchException($"{part}: {raw.sqlite3_errmsg(handle).utf8_to_string()}");
        }
    }
}
