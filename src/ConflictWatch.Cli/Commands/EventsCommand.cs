using System.CommandLine;
using ConflictWatch.Cli.Options;
using ConflictWatch.Cli.Output;
using ConflictWatch.Store;
using ConflictWatch.Store.Export;
using Spectre.Console;

namespace ConflictWatch.Cli.Commands;

/// <summary><c>events [filters] [--format table|jsonl|csv]</c>: stored events, newest first.</summary>
public static class EventsCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var filters = new EventFilterOptions();
        var format = new Option<string?>("--format") { Description = "table, jsonl or csv (default: table on a terminal, jsonl otherwise)" };
        var cmd = new Command("events", "List stored events, with filters.") { db, format };
        filters.AddTo(cmd);
        cmd.SetAction(pr => StoreOptions.Guard(() =>
        {
            var fmt = EventFormats.Resolve(pr.GetValue(format));
            using var store = StoreOptions.Open(pr.GetValue(db));
            var query = filters.Build(pr, store, EventOrder.NewestFirst, fmt == EventFormat.Table ? 50 : null);
            switch (fmt)
            {
                case EventFormat.Jsonl:
                    JsonlWriter.Write(Console.Out, store.Query(query).Select(s => s.Event));
                    break;
                case EventFormat.Csv:
                    using (var csv = new AcledCsvWriter(Console.Out))
                    {
                        foreach (var s in store.Query(query))
                        {
                            csv.Write(s.Event);
                        }
                    }
                    break;
                default:
                    var list = store.Query(query).ToList();
                    StoredEventTable.Write(AnsiConsole.Console, list);
                    AnsiConsole.MarkupLine($"[grey]{list.Count} of {store.Count(query with { Limit = null })} event(s)[/]");
                    break;
            }
            Console.Out.Flush();
            return 0;
        }));
        return cmd;
    }
}
