using Microsoft.Data.Sqlite;

namespace ConflictWatch.Store.Tests;

/// <summary>The monthly summary table compared with counting the events themselves.</summary>
public static class SummaryCheck
{
    private const string Recount =
        "SELECT country, COALESCE(admin1, '') COLLATE NOCASE, month, event_type, COUNT(*), SUM(fatalities), SUM(COALESCE(kidnapped, 0)) FROM events"
        + " WHERE status <> 'rejected' GROUP BY country, COALESCE(admin1, '') COLLATE NOCASE, month, event_type";

    private const string Stored = "SELECT country, admin1, month, event_type, events, fatalities, kidnapped FROM event_month_counts";

    /// <summary>Summary rows that differ from a recount, in either direction (0 when in step).</summary>
    public static long Mismatches(SqliteConnection c)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT (SELECT COUNT(*) FROM ({Stored} EXCEPT {Recount})) + (SELECT COUNT(*) FROM ({Recount} EXCEPT {Stored}))";
        return (long)cmd.ExecuteScalar()!;
    }

    public static long Mismatches(string db)
    {
        using var c = new SqliteConnection($"Data Source={db};Pooling=False");
        c.Open();
        return Mismatches(c);
    }
}
