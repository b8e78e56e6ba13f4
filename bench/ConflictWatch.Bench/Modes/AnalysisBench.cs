using System.Diagnostics;
using ConflictWatch.Analysis.Trends;
using ConflictWatch.Core;
using ConflictWatch.Store;
using ConflictWatch.Store.Import;
using ConflictWatch.Store.Sqlite;

namespace ConflictWatch.Bench.Modes;

/// <summary>
/// <c>analysis [--events N] [--db PATH] [--dump-alerts PATH]</c>: fills a database with N synthetic events
/// (default 2.5 million; an existing --db with events is reused, less what an earlier run added), times
/// trends queries, then alert evaluation for 1,000 watch sites after 10,000 new events (<see cref="AlertBench"/>).
/// </summary>
public static class AnalysisBench
{
    internal static readonly (string Name, int Iso, double Lat0, double Lat1, double Lon0, double Lon1)[] Countries =
        [("Mali", 466, 11, 20, -11, 4), ("Burkina Faso", 854, 10, 15, -5, 2), ("Niger", 562, 12, 20, 0, 15)];
    private static readonly (string Name, int Inter)[] Actors =
        [("JNIM", 2), ("Islamic State Sahel Province", 2), ("Military Forces of Mali (2021-)", 1), ("Military Forces of Burkina Faso (2022-)", 1), ("Military Forces of Niger (2023-)", 1),
         ("Wagner Group", 8), ("Dozo Communal Militia", 4), ("Unidentified Armed Group (Mali)", 3), ("Koglweogo Militia", 4), ("Ansaroul Islam", 2)];
    private static readonly string[] Types = [EventTypes.Battles, EventTypes.ViolenceAgainstCivilians, EventTypes.Explosions, EventTypes.Protests, EventTypes.StrategicDevelopments, EventTypes.Riots];

    public static int Run(string[] args)
    {
        var (total, dbPath) = BenchArgs.Parse(args);
        dbPath ??= Path.Combine(Path.GetTempPath(), $"cw-analysis-bench-{total}.db");
        AlertBench.Reset(dbPath);
        using var store = SqliteStore.Open(dbPath);
        var rng = new Random(42);
        var have = store.Count(new EventQuery());
        var sw = Stopwatch.StartNew();
        if (have < total)
        {
            Load(store, (int)have, total, rng, new DateOnly(2014, 1, 1), 10 * 365);
            Report("load", $"{total - have:N0} events in {sw.Elapsed.TotalSeconds:0.0} s ({(total - have) / sw.Elapsed.TotalSeconds:N0}/s)");
        }
        AlertBench.MarkBase(store);
        Report("events in the database", $"{store.Count(new EventQuery()):N0}");

        var trends = new TrendAnalyzer(store);
        Report("trends: month x country, all events", Time(7, _ => trends.Run(new TrendRequest(new EventQuery(), TimeBucket.Month, [GroupField.Country])).Points.Count));
        Report("trends: month, one country", Time(7, i => trends.Run(new TrendRequest(new EventQuery { Country = Countries[i % 3].Name }, TimeBucket.Month, [])).Points.Count));
        Report("trends: month x type, one country, 3 years", Time(7, i => trends.Run(new TrendRequest(new EventQuery { Country = Countries[i % 3].Name, From = new DateOnly(2021, 1, 1), To = new DateOnly(2023, 12, 31) }, TimeBucket.Month, [GroupField.EventType])).Points.Count));
        Report("trends: year x admin1, one country", Time(3, i => trends.Run(new TrendRequest(new EventQuery { Country = Countries[i % 3].Name }, TimeBucket.Year, [GroupField.Admin1])).Points.Count));
        Report("trends: week, one country, 1 year", Time(7, i => trends.Run(new TrendRequest(new EventQuery { Country = Countries[i % 3].Name, From = new DateOnly(2023, 1, 1), To = new DateOnly(2023, 12, 31) }, TimeBucket.Week, [])).Points.Count));

        AlertBench.Run(store, dbPath, rng, DumpPath(args), Report);
        return 0;
    }

    /// <summary><c>--dump-alerts PATH</c>: where to write the alerts of the timed evaluation, one a line, to compare versions.</summary>
    private static string? DumpPath(string[] args)
    {
        var i = Array.IndexOf(args, "--dump-alerts");
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    internal static void Load(SqliteStore store, int from, int to, Random rng, DateOnly start, int days)
    {
        var batch = new List<ConflictEvent>(Importer.BatchSize);
        for (var i = from; i < to; i++)
        {
            batch.Add(Generate(i, rng, start, days));
            if (batch.Count == Importer.BatchSize)
            {
                store.ImportBatch(batch, "acled");
                batch.Clear();
            }
        }
        if (batch.Count > 0)
        {
            store.ImportBatch(batch, "acled");
        }
    }

    private static ConflictEvent Generate(int i, Random rng, DateOnly start, int days)
    {
        var c = Countries[rng.Next(Countries.Length)];
        var type = Types[rng.Next(Types.Length)];
        var a1 = Actors[rng.Next(Actors.Length)];
        var a2 = rng.Next(3) == 0 ? ((string Name, int Inter)?)null : Actors[rng.Next(Actors.Length)];
        var date = start.AddDays(rng.Next(days));
        return new ConflictEvent
        {
            EventId = $"AB{i}",
            EventDate = date,
            DisorderType = EventTypes.DisorderOf(type),
            EventType = type,
            SubEventType = EventTypes.SubTypes[type][rng.Next(EventTypes.SubTypes[type].Length)],
            Actor1 = a1.Name,
            Inter1 = a1.Inter,
            Actor2 = a2?.Name,
            Inter2 = a2?.Inter,
            Country = c.Name,
            Iso = c.Iso,
            Admin1 = $"{c.Name} region {rng.Next(12)}",
            Location = $"Place {rng.Next(5000)}",
            Latitude = Math.Round(c.Lat0 + rng.NextDouble() * (c.Lat1 - c.Lat0), 4),
            Longitude = Math.Round(c.Lon0 + rng.NextDouble() * (c.Lon1 - c.Lon0), 4),
            Fatalities = rng.Next(10) < 6 ? 0 : rng.Next(40),
            Source = "Synthetic",
            Notes = $"Synthetic event {i}.",
            Confidence = 1,
        };
    }

    private static string Time(int runs, Func<int, int> query)
    {
        var times = new List<double>();
        var rows = 0;
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            rows = query(i);
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return $"p50 {times[times.Count / 2]:0} ms, max {times[^1]:0} ms ({runs} runs, {rows} rows)";
    }

    private static void Report(string what, string result) => Console.WriteLine($"{what,-48} {result}");
}
