using ConflictWatch.Bench.Modes;

// Benchmarks, never run as tests: `dotnet run -c Release --project bench/ConflictWatch.Bench -- MODE [ARGS...]`.
// Each mode is one class in Modes/ with a Run(string[] args) returning an exit code; add new modes to the table.
var modes = new Dictionary<string, (string Help, Func<string[], int> Run)>(StringComparer.OrdinalIgnoreCase)
{
    ["gazetteer"] = ("import throughput, index load time and lookup cost [GEONAMES FILES...]", GazetteerBench.Run),
    ["extract"] = ("extraction MB/s on one and all cores, latency, time per stage [PATHS...] [--mb N] [--gazetteer DIR]", ExtractBench.Run),
    ["store"] = ("import, ingest and query speed on generated events [--events N] [--db PATH] [--only ingest]", StoreBench.Run),
    ["analysis"] = ("trends query time and alert evaluation (1,000 sites, 10,000 new events) [--events N] [--db PATH]", AnalysisBench.Run),
};

if (args.Length == 0 || !modes.TryGetValue(args[0], out var mode))
{
    Console.Error.WriteLine("usage: ConflictWatch.Bench MODE [ARGS...]");
    foreach (var (name, m) in modes)
    {
        Console.Error.WriteLine($"  {name,-12} {m.Help}");
    }
    return 2;
}
return mode.Run(args[1..]);
