using System.CommandLine;
using System.Diagnostics;
using ConflictWatch.Cli.Options;
using ConflictWatch.Cli.Output;
using ConflictWatch.Store.Import;

namespace ConflictWatch.Cli.Commands;

/// <summary><c>import acled FILE</c> and <c>import ucdp FILE</c>: curated datasets into the store, idempotent by event id.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var cmd = new Command("import", "Import ACLED or UCDP GED CSV files.");
        cmd.Subcommands.Add(Sub("acled", "ACLED CSV export (dyadic or monadic; any ACLED date format).", AcledCsvReader.Read));
        cmd.Subcommands.Add(Sub("ucdp", "UCDP GED CSV (best/low/high fatalities kept).", UcdpCsvReader.Read));
        return cmd;
    }

    private static Command Sub(string origin, string description, Func<TextReader, string, IEnumerable<ImportRow>> reader)
    {
        var file = new Argument<string>("file") { Description = "CSV file" };
        var db = StoreOptions.Db();
        var c = new Command(origin, description) { file, db };
        c.SetAction(pr => StoreOptions.Guard(() =>
        {
            var path = pr.GetValue(file)!;
            using var store = StoreOptions.Open(pr.GetValue(db));
            using var text = new StreamReader(path);
            var clock = Stopwatch.StartNew();
            var summary = Importer.Run(store, reader(text, path), origin, new SyncProgress<ImportSummary>(s =>
                Console.Error.WriteLine($"import: {s.Rows} rows, {s.Imported} imported, {s.Failed} failed, {s.Rows / Math.Max(0.001, clock.Elapsed.TotalSeconds):0} rows/s")));
            foreach (var e in summary.Errors)
            {
                Console.Error.WriteLine($"error: {e}");
            }
            Console.WriteLine($"{summary.Rows} rows: {summary.Imported} imported, {summary.Unchanged} kept (reviewed by a person), {summary.Failed} failed");
            return summary.Failed > 0 && summary.Imported == 0 ? 1 : 0;
        }));
        return c;
    }
}
