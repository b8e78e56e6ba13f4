using Microsoft.Data.Sqlite;

namespace ConflictWatch.Store.Sqlite;

/// <summary>
/// Commands of one connection kept by their SQL text, so each is compiled once. Saving a dispatch
/// runs a dozen statements; compiling them afresh every time (the insert into <c>events</c> brings
/// its triggers along) cost as much as executing them. A command keeps its compiled statement
/// while its text stays the same; SQLite recompiles it by itself after a schema change.
/// Not thread-safe, like the connection it belongs to.
/// </summary>
internal sealed class StatementCache : IDisposable
{
    /// <summary>More distinct texts than this means a caller builds SQL with values in it; start afresh rather than grow.</summary>
    private const int MaxCommands = 200;

    private readonly SqliteConnection db;
    private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);

    public StatementCache(SqliteConnection db) => this.db = db;

    /// <summary>
    /// The command for <paramref name="sql"/>, in <paramref name="tx"/>, with no parameters.
    /// The caller must not dispose it, and must dispose its reader before asking for it again.
    /// </summary>
    public SqliteCommand Get(string sql, SqliteTransaction? tx)
    {
        if (!commands.TryGetValue(sql, out var cmd))
        {
            if (commands.Count >= MaxCommands)
            {
                Dispose();
            }
            cmd = db.CreateCommand();
            cmd.CommandText = sql;
            commands[sql] = cmd;
        }
        cmd.Transaction = tx;
        cmd.Parameters.Clear();
        return cmd;
    }

    public void Dispose()
    {
        foreach (var cmd in commands.Values)
        {
            cmd.Dispose();
        }
        commands.Clear();
    }
}
