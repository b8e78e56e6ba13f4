using System.Globalization;
using ConflictWatch.Core;
using Microsoft.Data.Sqlite;

namespace ConflictWatch.Store.Sqlite;

/// <summary>
/// Applies the numbered migrations embedded as <c>migrations/NNN_name.sql</c> in order, each in its
/// own transaction with its row in <c>schema_version</c>, so an older database upgrades step by step
/// and a crash mid-upgrade leaves it at the last complete version.
/// </summary>
public static class Migrator
{
    public sealed record Migration(int Version, string Name, string Sql);

    public static IReadOnlyList<Migration> All { get; } = Load();

    public static int Latest => All[^1].Version;

    /// <summary>Brings the database up to <paramref name="target"/> (default: latest); returns the version reached.</summary>
    public static int Migrate(SqliteConnection connection, TimeProvider time, int? target = null)
    {
        Exec(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        var current = CurrentVersion(connection);
        var goal = target ?? Latest;
        if (current > Latest)
        {
            throw new ConflictWatchException($"{connection.DataSource}: database schema version {current} is newer than this program understands ({Latest}); upgrade ConflictWatch");
        }
        foreach (var m in All.Where(m => m.Version > current && m.Version <= goal))
        {
            using var tx = connection.BeginTransaction();
            try
            {
                using (var cmd = connection.CreateCommand())
                {
                    cmd.Transaction = tx;
                    cmd.CommandText = m.Sql;
                    cmd.ExecuteNonQuery();
                }
                using (var cmd = connection.CreateCommand())
                {
                    cmd.Transaction = tx;
                    cmd.CommandText = "INSERT INTO schema_version(version, name, applied_at) VALUES ($v, $n, $t)";
                    cmd.Parameters.AddWithValue("$v", m.Version);
                    cmd.Parameters.AddWithValue("$n", m.Name);
                    cmd.Parameters.AddWithValue("$t", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
                    cmd.ExecuteNonQuery();
                }
                tx.Commit();
            }
            catch (SqliteException e)
            {
                throw new ConflictWatchException($"{connection.DataSource}: migration {m.Name} failed: {e.Message}", e);
            }
            current = m.Version;
        }
        return current;
    }

    public static int CurrentVersion(SqliteConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Exec(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static List<Migration> Load()
    {
        var asm = typeof(Migrator).Assembly;
        var list = new List<Migration>();
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.StartsWith("migrations/", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal)))
        {
            var file = name["migrations/".Length..];
            var number = file.Split('_')[0];
            if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new ConflictWatchException($"migration {file}: name must start with its number (001_...)");
            }
            using var s = asm.GetManifestResourceStream(name)!;
            using var r = new StreamReader(s);
            list.Add(new Migration(version, Path.GetFileNameWithoutExtension(file), r.ReadToEnd()));
        }
        list.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Version != i + 1)
            {
                throw new ConflictWatchException($"migrations must be numbered 1, 2, 3... without gaps; found {list[i].Name}");
            }
        }
        return list;
    }
}
