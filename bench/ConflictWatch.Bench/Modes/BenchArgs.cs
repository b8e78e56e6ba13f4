using System.Globalization;

namespace ConflictWatch.Bench.Modes;

/// <summary>The options the database benchmarks share: how many events to generate and where.</summary>
public static class BenchArgs
{
    public static (int Events, string? DbPath) Parse(string[] args, int defaultEvents = 2_500_000)
    {
        var total = defaultEvents;
        string? dbPath = null;
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--events")
            {
                total = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
            if (args[i] == "--db")
            {
                dbPath = args[i + 1];
            }
        }
        return (total, dbPath);
    }
}
