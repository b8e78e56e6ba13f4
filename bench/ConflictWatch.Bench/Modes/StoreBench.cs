using System.Diagnostics;
using System.Globalization;
using System.Text;
using ConflictWatch.Core;
using ConflictWatch.Extraction;
using ConflictWatch.Extraction.Input;
using ConflictWatch.Store;
using ConflictWatch.Store.Import;
using ConflictWatch.Store.Ingest;
using ConflictWatch.Store.Sqlite;

namespace ConflictWatch.Bench.Modes;

/// <summary>
/// <c>store [--events N] [--db PATH] [--only ingest|import]</c>: fills a database with N synthetic events (default
/// 2.5 million) and measures ACLED import, ingest, a filtered page, month × type counts and radius queries.
/// <c>--only ingest</c> fills the database through the bulk path alone and measures only ingest;
/// <c>--only import</c> stops after the ACLED CSV import. Either can then be timed and profiled in seconds.
/// </summary>
public static class StoreBench
{
    private static readonly (string Name, int Iso, double Lat0, double Lat1, double Lon0, double Lon1)[] Countries =
    [
        ("Mali", 466, 11, 20, -11, 4), ("Burkina Faso", 854, 10, 15, -5, 2), ("Niger", 562, 12, 20, 0, 15), ("Nigeria", 566, 5, 13, 3, 14), ("Chad", 148, 8, 20, 14, 23),
    ];
    private static readonly string[] Actors = ["JNIM", "Islamic State (Sahel)", "Military Forces of Mali (2021-)", "Military Forces of Burkina Faso (2022-)", "Military Forces of Niger (2023-)", "Wagner Group", "Dozo Communal Militia", "Unidentified Armed Group (Mali)", "Boko Haram - JAS", "ISWAP", "Koglweogo Militia", "VDP"];
    private static readonly string[] Types = [EventTypes.Battles, EventTypes.ViolenceAgainstCivilians, EventTypes.Explosions, EventTypes.Protests, EventTypes.StrategicDevelopments, EventTypes.Riots];

    public static int Run(string[] args)
    {
        var (total, dbPath) = BenchArgs.Parse(args);
        var only = BenchArgs.Option(args, "--only");
        if (only is not (null or "ingest" or "import"))
        {
            Console.Error.WriteLine($"store: --only {only}: the parts that run alone are 'ingest' and 'import'");
            return 2;
        }
        var dir = Path.Combine(Path.GetTempPath(), "cw-bench-" + Environment.ProcessId);
        Directory.CreateDirectory(dir);
        dbPath ??= Path.Combine(dir, "bench.db");
        File.Delete(dbPath);
        using var store = SqliteStore.Open(dbPath);
        var rng = new Random(42);

        // 1. ACLED CSV import (parse + upsert), on up to 200,000 rows; skipped with --only.
        var csvRows = only is null or "import" ? Math.Min(total, 200_000) : 0;
        if (csvRows > 0)
        {
            ImportCsv(store, Path.Combine(dir, "acled.csv"), csvRows, rng);
            File.Delete(Path.Combine(dir, "acled.csv")); // about 190 MB per 200,000 rows, not needed again
        }
        if (only == "import")
        {
            store.Dispose();
            Directory.Delete(dir, recursive: true);
            return 0;
        }

        // 2. The rest of the events through the bulk import API (no CSV parsing), as one bulk session.
        var sw = Stopwatch.StartNew();
        using (var load = store.BeginBulkImport("acled"))
        {
            var batch = new List<ConflictEvent>(Importer.BatchSize);
            for (var i = csvRows; i < total; i++)
            {
                batch.Add(Generate(i, rng));
                if (batch.Count == Importer.BatchSize)
                {
                    load.Write(batch);
                    batch.Clear();
                }
            }
            load.Write(batch);
            Report("bulk load, rows written", $"{sw.Elapsed.TotalSeconds:0.0} s");
            load.Complete();
        }
        Report("bulk load", $"{(total - csvRows) / Math.Max(0.001, sw.Elapsed.TotalSeconds):N0} events/s ({total:N0} events in the database)");

        // 3. Ingest: dispatches with two events each, dedup included.
        Ingest(store);
        if (only is not null)
        {
            return Done();
        }

        // 4. Filtered pages.
        var pages = Time(200, i =>
        {
            var c = Countries[i % Countries.Length];
            var from = new DateOnly(1998 + i % 25, 1 + i % 12, 1);
            return store.Query(new EventQuery { Country = c.Name, From = from, To = from.AddMonths(6), EventType = Types[i % 3], Limit = 50 }).Count();
        });
        Report("filtered page (country + 6 months + type, 50 rows)", pages);
        var actorPages = Time(100, i => store.Query(new EventQuery { Actor = Actors[i % Actors.Length], MinFatalities = 5, Limit = 50 }).Count());
        Report("filtered page (actor + min fatalities, 50 rows)", actorPages);

        // 5. Month x event type counts for one country.
        var counts = Time(20, i => store.CountByMonthAndType(Countries[i % Countries.Length].Name).Count);
        Report("month x event_type counts, one country", counts);

        // 6. Radius queries.
        var radius = Time(100, i =>
        {
            var c = Countries[i % Countries.Length];
            var p = new GeoPoint(c.Lat0 + (c.Lat1 - c.Lat0) * (i % 10) / 10.0, c.Lon0 + (c.Lon1 - c.Lon0) * (i % 7) / 7.0);
            return store.Query(new EventQuery { Near = p, RadiusKm = 50, Limit = 100 }).Count();
        });
        Report("radius 50 km, newest 100", radius);
        var radiusCount = Time(50, i => (int)store.Count(new EventQuery { Near = new GeoPoint(15.918, 2.402 + i % 5 / 10.0), RadiusKm = 50 }));
        Report("radius 50 km, count all", radiusCount);
        return Done();

        // the scratch directory (named by process, so never reused) goes; a database given with --db stays
        int Done()
        {
            store.Dispose();
            Directory.Delete(dir, recursive: true);
            return 0;
        }
    }

    private static void ImportCsv(SqliteStore store, string csvPath, int csvRows, Random rng)
    {
        WriteAcledCsv(csvPath, csvRows, rng);
        var sw = Stopwatch.StartNew();
        using (var parseOnly = new StreamReader(csvPath))
        {
            var parsed = AcledCsvReader.Read(parseOnly, csvPath).Count();
            Report("ACLED CSV parse only", $"{parsed / sw.Elapsed.TotalSeconds:N0} rows/s");
        }
        var load = CpuTime.LoadAverage();
        using var phases = new PhaseTimes();
        sw.Restart();
        var cpu = CpuTime.Now();
        var gcPause = GC.GetTotalPauseDuration();
        var gcCount = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var allocated = GC.GetTotalAllocatedBytes();
        using (var reader = new StreamReader(csvPath))
        {
            Importer.Run(store, AcledCsvReader.Read(reader, csvPath), "acled");
        }
        cpu = CpuTime.Now() - cpu;
        Report("ACLED CSV import", $"{csvRows / sw.Elapsed.TotalSeconds:N0} rows/s ({csvRows:N0} rows in {sw.Elapsed.TotalSeconds:0.00} s, {cpu.TotalSeconds:0.00} s CPU, {csvRows / cpu.TotalSeconds:N0} rows per CPU second; load {load})");
        Report("  garbage collections", $"{GC.CollectionCount(0) - gcCount.Item1}/{GC.CollectionCount(1) - gcCount.Item2}/{GC.CollectionCount(2) - gcCount.Item3} of generation 0/1/2, {(GC.GetTotalPauseDuration() - gcPause).TotalSeconds:0.00} s paused, {(GC.GetTotalAllocatedBytes() - allocated) / 1e6:N0} MB allocated");
        foreach (var (name, result) in phases.Lines())
        {
            Report("  " + name, result);
        }
    }

    /// <summary>
    /// Ingest through a stand-in extractor, so the store path is what is measured. Each dispatch draws
    /// its events from its own seeded generator: extraction runs in parallel, and a shared Random is
    /// neither thread-safe nor repeatable across runs.
    /// </summary>
    private static void Ingest(SqliteStore store)
    {
        const int dispatches = 5_000;
        var inputs = Enumerable.Range(0, dispatches).Select(i => DispatchInput.Ok($"bench-{i}", new Dispatch($"bench-{i}", $"Dispatch {i}: JNIM attacked an army post near Ménaka, killing {i % 9} soldiers. Separately, a protest was held in Bamako.", new DateOnly(2024, 1, 1).AddDays(i % 300), "Bench"))).ToList();
        var ingestor = new Ingestor(store, d =>
        {
            var n = int.Parse(d.Id.AsSpan("bench-".Length), CultureInfo.InvariantCulture);
            var rng = new Random(7_000_000 + n);
            return new ExtractionResult(d, d.Text, null, d.Published, [Generate(10_000_000 + n, rng) with { EventId = d.Id + "-1" }, Generate(20_000_000 + n, rng) with { EventId = d.Id + "-2" }], []);
        });
        var cpu = CpuTime.Now();
        var sw = Stopwatch.StartNew();
        var summary = ingestor.Run(inputs);
        cpu = CpuTime.Now() - cpu;
        Report("ingest", $"{dispatches / sw.Elapsed.TotalSeconds:N0} dispatches/s, {cpu.TotalMilliseconds * 1000 / dispatches:N0} µs CPU each ({summary.New} new, {summary.EventsAdded} events added, {summary.EventsMerged} merged)");
    }

    private static string Time(int runs, Func<int, int> query)
    {
        var times = new List<double>();
        long rows = 0;
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            rows += query(i);
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return $"p50 {times[times.Count / 2]:0.0} ms, p95 {times[(int)(times.Count * 0.95) - 1]:0.0} ms, max {times[^1]:0.0} ms ({runs} runs, {rows / runs} rows each)";
    }

    private static void Report(string what, string result) => Console.WriteLine($"{what,-52} {result}");

    private static ConflictEvent Generate(int i, Random rng)
    {
        var c = Countries[rng.Next(Countries.Length)];
        var type = Types[rng.Next(Types.Length)];
        var a1 = Actors[rng.Next(Actors.Length)];
        var date = new DateOnly(1997, 1, 1).AddDays(rng.Next(28 * 365));
        return new ConflictEvent
        {
            EventId = $"GEN{i}",
            EventDate = date,
            TimePrecision = 1 + rng.Next(3) / 2,
            DisorderType = EventTypes.DisorderOf(type),
            EventType = type,
            SubEventType = EventTypes.SubTypes[type][0],
            Actor1 = a1,
            Inter1 = 2,
            Actor2 = rng.Next(3) == 0 ? null : Actors[rng.Next(Actors.Length)],
            Inter2 = 1,
            Country = c.Name,
            Iso = c.Iso,
            Admin1 = $"Region {rng.Next(12)}",
            Location = $"Place {rng.Next(5000)}",
            Latitude = Math.Round(c.Lat0 + rng.NextDouble() * (c.Lat1 - c.Lat0), 4),
            Longitude = Math.Round(c.Lon0 + rng.NextDouble() * (c.Lon1 - c.Lon0), 4),
            GeoPrecision = 1,
            Fatalities = rng.Next(10) < 6 ? 0 : rng.Next(40),
            Source = "Synthetic",
            Notes = $"On {date:d MMMM yyyy}, {a1} were involved in an incident near Place {i % 5000}.",
            Confidence = 1,
        };
    }

    private static void WriteAcledCsv(string path, int rows, Random rng)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        using var csv = new ConflictWatch.Store.Export.AcledCsvWriter(w);
        for (var i = 0; i < rows; i++)
        {
            csv.Write(Generate(i, rng));
        }
    }
}
