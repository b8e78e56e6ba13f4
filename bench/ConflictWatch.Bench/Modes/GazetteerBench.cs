using System.Diagnostics;
using System.Globalization;
using ConflictWatch.Core;
using ConflictWatch.Extraction.Places;

namespace ConflictWatch.Bench.Modes;

/// <summary>
/// Gazetteer costs that decide whether the Places stage is fast enough: GeoNames import throughput,
/// index load time (the CLI pays it on every start), and Find cost (paid per candidate span).
/// Without arguments it uses the shared dumps in ../shared/data/geonames next to the repository.
/// </summary>
internal static class GazetteerBench
{
    private const int LoadRuns = 7;
    private const int LookupRounds = 200;

    public static int Run(string[] args)
    {
        var files = args.Length > 0 ? args : SharedDumps();
        if (files.Length == 0)
        {
            Console.Error.WriteLine("gazetteer: give GeoNames files, or run inside a checkout next to shared/data/geonames");
            return 2;
        }
        var dir = Directory.CreateTempSubdirectory("cw-bench-gaz-").FullName;
        try
        {
            var watch = Stopwatch.StartNew();
            var import = Gazetteers.Import(files, dir);
            var importSeconds = watch.Elapsed.TotalSeconds;
            var bytes = new FileInfo(Path.Combine(dir, CompiledGazetteer.FileName)).Length;
            Print("import", $"{import.RowsRead:N0} rows in {importSeconds:F2} s = {import.RowsRead / importSeconds:N0} rows/s; {import.Entries.Count:N0} places; index {bytes / 1024.0 / 1024.0:F2} MB");

            var loads = new List<double>();
            IGazetteer gaz = Gazetteers.LoadDefault();
            for (var i = 0; i < LoadRuns; i++)
            {
                watch.Restart();
                gaz = Gazetteers.Load(dir);
                loads.Add(watch.Elapsed.TotalMilliseconds);
            }
            var warm = loads.Skip(1).Order().ToList();
            Print("load", $"first {loads[0]:F0} ms (includes JIT of the load path), median warm {warm[warm.Count / 2]:F0} ms; {gaz.Count:N0} places, max {gaz.MaxNameWords} words");

            Lookups(gaz);
            return 0;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Find over a mix of hits and misses, as the mention scanner produces them.</summary>
    private static void Lookups(IGazetteer gaz)
    {
        string[] spans = ["Menaka", "Ménaka", "Gao", "the", "attack", "Tillabéri", "near Djibo", "Djibo", "Bosso", "on Sunday", "Birni N'Konni", "soldiers"];
        var hits = 0L;
        foreach (var s in spans)
        {
            hits += gaz.Find(s).Count; // warm-up
        }
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        for (var r = 0; r < LookupRounds * 1000 / spans.Length; r++)
        {
            foreach (var s in spans)
            {
                hits += gaz.Find(s).Count;
            }
        }
        var seconds = watch.Elapsed.TotalSeconds;
        var calls = (double)(LookupRounds * 1000 / spans.Length * spans.Length);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Print("find", $"{calls / seconds:N0} lookups/s, {allocated / calls:F1} bytes allocated per lookup [{hits} hits]");
        foreach (var s in spans)
        {
            var b = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 1000; i++)
            {
                hits += gaz.Find(s).Count;
            }
            var per = (GC.GetAllocatedBytesForCurrentThread() - b) / 1000.0;
            if (per > 0)
            {
                Print("find", $"\"{s}\" allocates {per:F1} bytes per lookup");
            }
        }
    }

    private static string[] SharedDumps()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var d = new DirectoryInfo(start); d?.Parent is not null; d = d.Parent)
            {
                var candidate = Path.Combine(d.Parent.FullName, "shared", "data", "geonames");
                if (Directory.Exists(candidate))
                {
                    return Directory.GetFiles(candidate, "*.txt").Order(StringComparer.Ordinal).ToArray();
                }
            }
        }
        return [];
    }

    private static void Print(string what, string line) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gazetteer {what,-7} {line}"));
}
