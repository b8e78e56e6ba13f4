using System.CommandLine;

namespace ConflictWatch.Cli.Commands;

/// <summary>
/// <c>demo [PATH...]</c>: the main job in one command for a first run: a fresh SQLite database, ingest of
/// the sample dispatches shipped in samples/, then their events, claims and alerts. It runs the real
/// commands (ingest, events, claims, alerts) one after the other, so what it shows is what they do.
/// </summary>
public static class DemoCommand
{
    public static Command Create(Func<string[], int> run)
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.ZeroOrMore, Description = "dispatches to ingest (default: the repository's samples/)" };
        var db = new Option<string>("--db") { Description = "database file, replaced at each run", DefaultValueFactory = _ => Path.Combine(".cache", "demo.db") };
        var cmd = new Command("demo", "Ingest the sample dispatches into a fresh database and print their events, claims and alerts.") { paths, db };
        cmd.SetAction(pr =>
        {
            var inputs = pr.GetValue(paths) is { Length: > 0 } given ? given : [DefaultSamples()];
            var file = pr.GetValue(db)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            foreach (var f in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(f);
            }
            string[][] steps =
            [
                ["ingest", .. inputs, "--db", file],
                ["events", "--db", file, "--format", "table", "--limit", "200"],
                ["claims", "--db", file],
                ["alerts", "--db", file],
            ];
            foreach (var step in steps)
            {
                Console.Out.WriteLine($"$ conflictwatch {string.Join(' ', step)}");
                Console.Out.Flush();
                var rc = run(step);
                if (rc != 0)
                {
                    return rc;
                }
                Console.Out.WriteLine();
            }
            return 0;
        });
        return cmd;
    }

    /// <summary>samples/ of the repository the launcher runs from, else of the current directory.</summary>
    private static string DefaultSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "ConflictWatch.slnx")))
            {
                return candidate;
            }
        }
        return "samples";
    }
}
