using System.CommandLine;
using System.Globalization;
using ConflictWatch.Cli.Options;
using ConflictWatch.Cli.Output;
using ConflictWatch.Core;
using Spectre.Console;

namespace ConflictWatch.Cli.Commands;

/// <summary><c>archive [--country C] [--year Y]</c> and <c>archive show ID</c>: the dispatch archive by country and year.</summary>
public static class ArchiveCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var country = new Option<string?>("--country") { Description = "list this country's dispatches" };
        var year = new Option<int?>("--year") { Description = "list this year's dispatches" };
        var limit = new Option<int>("--limit") { Description = "at most this many dispatches", DefaultValueFactory = _ => 100 };
        var cmd = new Command("archive", "Dispatches by country and year (\"Mali: 2023 2022 2021 ...\").") { db, country, year, limit };
        cmd.SetAction(pr => StoreOptions.Guard(() => List(pr.GetValue(db), pr.GetValue(country), pr.GetValue(year), pr.GetValue(limit))));

        var id = new Argument<string>("id") { Description = "dispatch id" };
        var showDb = StoreOptions.Db();
        var show = new Command("show", "One dispatch with its text, events and claims.") { id, showDb };
        show.SetAction(pr => StoreOptions.Guard(() => Show(pr.GetValue(showDb), pr.GetValue(id)!)));
        cmd.Subcommands.Add(show);
        return cmd;
    }

    private static int List(string? dbPath, string? country, int? year, int limit)
    {
        using var store = StoreOptions.Open(dbPath);
        if (country is null && year is null)
        {
            foreach (var g in store.ArchiveIndex().GroupBy(e => e.Country))
            {
                var years = string.Join("  ", g.Select(e => $"{e.Year?.ToString(CultureInfo.InvariantCulture) ?? "undated"} ({e.Dispatches})"));
                Console.WriteLine($"{(g.Key.Length == 0 ? "(no country)" : g.Key)}: {years}");
            }
            return 0;
        }
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var c in (string[])["id", "published", "country", "source", "title", "events"])
        {
            table.AddColumn(c);
        }
        foreach (var d in store.ListDispatches(country, year, limit))
        {
            table.AddRow(Markup.Escape(d.DispatchId), d.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", Markup.Escape(d.Country ?? ""), Markup.Escape(d.Source ?? ""), Markup.Escape(d.Title ?? ""), d.Events.ToString(CultureInfo.InvariantCulture));
        }
        AnsiConsole.Write(table);
        return 0;
    }

    private static int Show(string? dbPath, string id)
    {
        using var store = StoreOptions.Open(dbPath);
        var d = store.GetDispatch(id) ?? throw new ConflictWatchException($"no dispatch with id \"{id}\"");
        var x = d.Dispatch;
        Console.WriteLine($"{x.Id}  {x.Title}");
        Console.WriteLine($"source: {x.Source}  url: {x.Url}  published: {x.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}  country: {d.Country}  version: {d.Version}  ingested: {d.IngestedAt:u}");
        Console.WriteLine();
        Console.WriteLine(d.NormalisedText);
        Console.WriteLine();
        var events = store.EventsOfDispatch(id);
        if (events.Count > 0)
        {
            StoredEventTable.Write(AnsiConsole.Console, events);
        }
        foreach (var c in store.ClaimsOfDispatch(id))
        {
            Console.WriteLine($"claim {c.ClaimId}: {c.Qualifier} {c.Quantity.ToString(CultureInfo.InvariantCulture)} {c.Unit}, {c.PeriodStart:yyyy-MM-dd}..{c.PeriodEnd:yyyy-MM-dd}, {c.Area}{(c.AttributedTo is null ? "" : $" (according to {c.AttributedTo})")}");
        }
        Console.WriteLine($"{events.Count} event(s)");
        return 0;
    }
}
