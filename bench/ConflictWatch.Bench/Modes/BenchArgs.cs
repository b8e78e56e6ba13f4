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

    /// <summary>The value after <paramref name="name"/> (e.g. <c>--only</c>), or null when it is not given.</summary>
    public static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i < args.Length - 1 ? args[i + 1] : null;
    }
}
