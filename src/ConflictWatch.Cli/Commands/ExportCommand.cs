using System.CommandLine;
using ConflictWatch.Cli.Options;
using ConflictWatch.Core;
using ConflictWatch.Store;
using ConflictWatch.Store.Export;

namespace ConflictWatch.Cli.Commands;

/// <summary><c>export acled|geojson|jsonl|parquet --output FILE [filters]</c>: events in chronological, reproducible order.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var format = new Argument<string>("format") { Description = "acled, geojson, jsonl or parquet" };
        format.AcceptOnlyFromAmong("acled", "geojson", "jsonl", "parquet");
        var output = new Option<string>("--output", "-o") { Description = "file to write (- for standard output, except parquet)", Required = true };
        var db = StoreOptions.Db();
        var filters = new EventFilterOptions();
        var cmd = new Command("export", "Export events as ACLED CSV, GeoJSON, JSON Lines or Parquet.") { format, output, db };
        filters.AddTo(cmd);
        cmd.SetAction(pr => StoreOptions.Guard(() =>
        {
            using var store = StoreOptions.Open(pr.GetValue(db));
            var query = filters.Build(pr, store, EventOrder.Chronological, null);
            var events = store.Query(query).Select(s => s.Event);
            var path = pr.GetValue(output)!;
            var kind = pr.GetValue(format)!;
            if (path == "-" && kind == "parquet")
            {
                throw new ConflictWatchException("export parquet: give a file with --output (Parquet is binary)");
            }
            using var stream = path == "-" ? Console.OpenStandardOutput() : File.Create(path);
            int n;
            switch (kind)
            {
                case "parquet":
                    n = ParquetExporter.WriteAsync(stream, events).GetAwaiter().GetResult();
                    break;
                case "geojson":
                    n = GeoJsonWriter.Write(stream, events);
                    break;
                default:
                    using (var writer = new StreamWriter(stream, leaveOpen: true) { NewLine = "\n" })
                    {
                        if (kind == "jsonl")
                        {
                            n = JsonlWriter.Write(writer, events);
                        }
                        else
                        {
                            n = 0;
                            using var csv = new AcledCsvWriter(writer);
                            foreach (var e in events)
                            {
                                csv.Write(e);
                                n++;
                            }
                        }
                    }
                    break;
            }
            Console.Error.WriteLine($"export: {n} event(s) to {path}");
            return 0;
        }));
        return cmd;
    }
}
