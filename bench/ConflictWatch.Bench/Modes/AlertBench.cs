using System.Diagnostics;
using System.Globalization;
using ConflictWatch.Analysis.Alerts;
using ConflictWatch.Core;
using ConflictWatch.Store;
using ConflictWatch.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace ConflictWatch.Bench.Modes;

/// <summary>
/// The alert part of the analysis bench: 1,000 sites, 10,000 new events, one evaluation timed cold
/// (as the CLI runs it after an ingest), then warm repeats and the time of each phase.
/// Runs are repeatable: the events a previous run added and every alert are removed first.
/// </summary>
public static class AlertBench
{
    /// <summary>The arrival counter of the last generated base event, kept in the database so a rerun knows what to remove.</summary>
    private const string BaseState = "bench.base";

    /// <summary>
    /// Removes what an earlier run left (its 10,000 events and all alerts) before the store is opened, so
    /// every run evaluates the same batch against the same history. A database without the marker is taken
    /// as it is. Done on a plain connection because the store deliberately has no bulk delete.
    /// </summary>
    public static void Reset(string dbPath)
    {
        if (!File.Exists(dbPath))
        {
            return;
        }
        using var conn = Open(dbPath);
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT value FROM analysis_state WHERE name = $n";
        cmd.Parameters.AddWithValue("$n", BaseState);
        if (cmd.ExecuteScalar() is not string text)
        {
            return;
        }
        cmd.Parameters.Clear();
        cmd.CommandText = "PRAGMA foreign_keys = ON; DELETE FROM events WHERE id > $b; DELETE FROM alerts; PRAGMA wal_checkpoint(TRUNCATE);";
        cmd.Parameters.AddWithValue("$b", long.Parse(text, CultureInfo.InvariantCulture));
        cmd.ExecuteNonQuery();
    }

    /// <summary>Marks the current events as the base that later runs keep (only the first time).</summary>
    public static void MarkBase(SqliteStore store)
    {
        if (store.GetState(BaseState) is null)
        {
            store.SetState(BaseState, store.LatestSequence().ToString(CultureInfo.InvariantCulture));
        }
    }

    public static void Run(SqliteStore store, string dbPath, Random rng, string? dumpPath, Action<string, string> report)
    {
        foreach (var s in store.Sites())
        {
            store.RemoveSite(s.Id);
        }
        for (var i = 0; i < 1000; i++)
        {
            var c = AnalysisBench.Countries[i % 3];
            store.UpsertSite(new WatchSite { Name = $"Site {i}", Kind = "point", Latitude = c.Lat0 + rng.NextDouble() * (c.Lat1 - c.Lat0), Longitude = c.Lon0 + rng.NextDouble() * (c.Lon1 - c.Lon0), RadiusKm = 50 });
        }
        var mark = store.LatestSequence();
        store.SetState(AlertEngine.SequenceState, mark.ToString(CultureInfo.InvariantCulture));
        var before = store.Count(new EventQuery());
        AnalysisBench.Load(store, (int)before + 10_000_000, (int)before + 10_010_000, rng, new DateOnly(2024, 1, 2), 30);
        var engine = new AlertEngine(store, store, store, new FixedClock(new DateTimeOffset(2024, 2, 1, 0, 0, 0, TimeSpan.Zero)));
        var cpu = Cpu();
        var sw = Stopwatch.StartNew();
        var run = engine.Evaluate();
        report("alerts: 1,000 sites after 10,000 new events", $"{sw.Elapsed.TotalMilliseconds:0} ms, cpu {Cpu() - cpu:0} ms ({run.NewEvents:N0} events, {run.Raised.Count:N0} alerts: {string.Join(", ", run.Raised.GroupBy(a => a.Rule).Select(g => $"{g.Key} {g.Count()}"))})");
        if (dumpPath is not null)
        {
            File.WriteAllLines(dumpPath, run.Raised.Select(Line));
        }

        // The same evaluation warm: alerts cleared and the counter set back each time.
        var times = new List<double>();
        var cpus = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            ClearAlerts(dbPath);
            store.SetState(AlertEngine.SequenceState, mark.ToString(CultureInfo.InvariantCulture));
            cpu = Cpu();
            sw.Restart();
            engine.Evaluate();
            times.Add(sw.Elapsed.TotalMilliseconds);
            cpus.Add(Cpu() - cpu);
        }
        report("alerts: the same evaluation warm", $"{Join(times)} ms, cpu {Join(cpus)} ms");

        // Where the time goes (warm): loading, each rule alone on the same batch, storing; wall/cpu ms.
        var phase = new Phase();
        var fresh = store.EventsAfter(mark, 100_000).Select(e => e.Stored).ToList();
        var parts = new List<string> { phase.Next("load") };
        var context = new AlertContext(fresh, store.Sites(), store, store, new DateOnly(2024, 1, 31), new AlertOptions());
        var found = new List<Alert>();
        foreach (var rule in AlertEngine.DefaultRules())
        {
            phase = new Phase();
            found.AddRange(rule.Evaluate(context));
            parts.Add(phase.Next(rule.Name));
        }
        ClearAlerts(dbPath);
        phase = new Phase();
        store.RaiseAll(found);
        parts.Add(phase.Next("store"));
        report("alerts: time per phase (wall/cpu ms)", string.Join(", ", parts));
        sw.Restart();
        var again = engine.Evaluate();
        report("alerts: evaluation with nothing new", $"{sw.Elapsed.TotalMilliseconds:0} ms ({again.Raised.Count} alerts)");
    }

    /// <summary>CPU time of the process in ms: steadier than wall time on a machine others are using (it includes the JIT's threads).</summary>
    private static double Cpu() => CpuTime.Now().TotalMilliseconds;

    private static string Join(IEnumerable<double> ms) => string.Join(", ", ms.Select(t => t.ToString("0", CultureInfo.InvariantCulture)));

    /// <summary>Wall and CPU time since it was made.</summary>
    private sealed class Phase
    {
        private readonly Stopwatch wall = Stopwatch.StartNew();
        private readonly double cpu = Cpu();

        public string Next(string name) => $"{name} {wall.Elapsed.TotalMilliseconds:0}/{Cpu() - cpu:0}";
    }

    /// <summary>One alert as a line, everything but its id and time, to compare runs of two versions.</summary>
    private static string Line(Alert a) => string.Join('\t', a.Key, a.Rule, a.Severity, a.Site, a.DistanceKm?.ToString("R", CultureInfo.InvariantCulture),
        a.Bearing, a.Actor, a.Admin1, string.Join(' ', a.EventIds), a.Message);

    private static void ClearAlerts(string dbPath)
    {
        using var conn = Open(dbPath);
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "DELETE FROM alerts";
        cmd.ExecuteNonQuery();
    }

    private static SqliteConnection Open(string dbPath)
    {
        var conn = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = dbPath, Pooling = false, DefaultTimeout = 30 }.ToString());
        conn.Open();
        return conn;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
