using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ConflictWatch.Store.Sqlite;

/// <summary>
/// The typed reads of one result row, so a row mapping (<see cref="EventRows.Read{T}"/>) is written once
/// and serves both the ADO.NET reader and a native statement (<see cref="NativeQuery"/>).
/// </summary>
internal interface IColumns
{
    string Text(int i);
    string? TextOrNull(int i);
    int Int(int i);
    int? IntOrNull(int i);
    long Long(int i);
    double Real(int i);
}

/// <summary>The columns of the current row of an ADO.NET reader.</summary>
internal readonly struct ReaderColumns(SqliteDataReader r) : IColumns
{
    public string Text(int i) => r.GetString(i);
    public string? TextOrNull(int i) => r.IsDBNull(i) ? null : r.GetString(i);
    public int Int(int i) => r.GetInt32(i);
    public int? IntOrNull(int i) => r.IsDBNull(i) ? null : r.GetInt32(i);
    public long Long(int i) => r.GetInt64(i);
    public double Real(int i) => r.GetDouble(i);
}

/// <summary>
/// The columns of the current row of a native statement, read straight from SQLite: the ADO.NET reader's
/// checks and conversions on every value cost several times SQLite's own work for wide rows.
/// </summary>
internal readonly struct StatementColumns(sqlite3_stmt stmt) : IColumns
{
    public string Text(int i) => raw.sqlite3_column_text(stmt, i).utf8_to_string() ?? "";
    public string? TextOrNull(int i) => IsNull(i) ? null : Text(i);
    public int Int(int i) => (int)raw.sqlite3_column_int64(stmt, i);
    public int? IntOrNull(int i) => IsNull(i) ? null : Int(i);
    public long Long(int i) => raw.sqlite3_column_int64(stmt, i);
    public double Real(int i) => raw.sqlite3_column_double(stmt, i);

    private bool IsNull(int i) => raw.sqlite3_column_type(stmt, i) == raw.SQLITE_NULL;
}
