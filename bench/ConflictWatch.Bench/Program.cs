using ConflictWatch.Bench.Modes;

// Benchmarks are modes of one console program: `dotnet run -c Release -- MODE [options]`.
// Add a mode by adding a file in Modes/ and a line here.
var modes = new Dictionary<string, Func<string[], int>>(StringComparer.OrdinalIgnoreCase)
{
    ["store"] = StoreBench.Run,
};
if (args.Length == 0 || !modes.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"usage: ConflictWatch.Bench MODE [options]; modes: {string.Join(", ", modes.Keys)}");
    return 2;
}
return run(args[1..]);
