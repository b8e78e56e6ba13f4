using System.CommandLine;
using System.Globalization;
using ConflictWatch.Cli.Options;
using ConflictWatch.Core;
using ConflictWatch.Store.Sqlite;
using Spectre.Console;

namespace ConflictWatch.Cli.Commands;

/// <summary><c>event show|confirm|reject|edit|history ID</c>: one event, and human review with an audit history.</summary>
public static class EventCommand
{
    public static Command Create()
    {
        var cmd = new Command("event", "Show and review one event.");
        cmd.Subcommands.Add(Simple("show", "The event with all its sources and evidence sentences.", (store, id, _) => Show(store, id)));
        cmd.Subcommands.Add(Simple("confirm", "Mark the event as checked by a person.", (store, id, user) => { store.Confirm(id, user); Console.WriteLine($"{id}: confirmed"); }));
        cmd.Subcommands.Add(Simple("history", "Who changed what and when.", (store, id, _) => History(store, id)));
        cmd.Subcommands.Add(Reject());
        cmd.Subcommands.Add(Edit());
        return cmd;
    }

    private static Command Simple(string name, string description, Action<SqliteStore, string, string> action)
    {
        var id = new Argument<string>("id") { Description = "event id" };
        var db = StoreOptions.Db();
        var user = StoreOptions.User();
        var c = new Command(name, description) { id, db, user };
        c.SetAction(pr => StoreOptions.Guard(() =>
        {
            using var store = StoreOptions.Open(pr.GetValue(db));
            action(store, pr.GetValue(id)!, StoreOptions.UserName(pr.GetValue(user)));
            return 0;
        }));
        return c;
    }

    private static Command Reject()
    {
        var id = new Argument<string>("id") { Description = "event id" };
        var db = StoreOptions.Db();
        var user = StoreOptions.User();
        var reason = new Option<string?>("--reason") { Description = "why, for the history" };
        var c = new Command("reject", "Reject the event: it is hidden and stays rejected whatever is re-ingested.") { id, db, user, reason };
        c.SetAction(pr => StoreOptions.Guard(() =>
        {
            using var store = StoreOptions.Open(pr.GetValue(db));
            store.Reject(pr.GetValue(id)!, StoreOptions.UserName(pr.GetValue(user)), pr.GetValue(reason));
            Console.WriteLine($"{pr.GetValue(id)}: rejected");
            return 0;
        }));
        return c;
    }

    private static Command Edit()
    {
        var id = new Argument<string>("id") { Description = "event id" };
        var db = StoreOptions.Db();
        var user = StoreOptions.User();
        var c = new Command("edit", "Set fields (--fatalities 5 --actor1 \"JNIM\"); human values survive re-ingest.") { id, db, user };
        var fields = new List<(string Field, Option<string?> Option)>();
        foreach (var f in SqliteStore.EditableFields)
        {
            var o = new Option<string?>("--" + f) { Description = $"new {f} (\"null\" clears it)" };
            if (f.Contains('_', StringComparison.Ordinal))
            {
                o.Aliases.Add("--" + f.Replace('_', '-'));
            }
            fields.Add((f, o));
            c.Options.Add(o);
        }
        c.SetAction(pr => StoreOptions.Guard(() =>
        {
            var values = new Dictionary<string, string?>();
            foreach (var (f, o) in fields)
            {
                if (pr.GetResult(o) is not null)
                {
                    values[f] = pr.GetValue(o);
                }
            }
            using var store = StoreOptions.Open(pr.GetValue(db));
            store.Edit(pr.GetValue(id)!, StoreOptions.UserName(pr.GetValue(user)), values);
            Console.WriteLine($"{pr.GetValue(id)}: {string.Join(", ", values.Keys)} set");
            return 0;
        }));
        return c;
    }

    private static void Show(SqliteStore store, string id)
    {
        var detail = store.Get(id) ?? throw new ConflictWatchException($"no event with id \"{id}\"");
        var e = detail.Stored.Event;
        var grid = new Grid().AddColumn().AddColumn();
        void Row(string k, object? v) => grid.AddRow(Markup.Escape(k), Markup.Escape(Convert.ToString(v, CultureInfo.InvariantCulture) ?? ""));
        Row("event_id", e.EventId);
        Row("status", detail.Stored.Status.ToString().ToLowerInvariant() + (detail.Stored.HumanFields.Count > 0 ? $" (set by a person: {string.Join(", ", detail.Stored.HumanFields)})" : ""));
        Row("origin", detail.Stored.Origin);
        Row("event_date", $"{e.EventDate:yyyy-MM-dd} (precision {e.TimePrecision})");
        Row("type", $"{e.DisorderType} / {e.EventType} / {e.SubEventType}");
        Row("actor1", $"{e.Actor1} [{e.Inter1}]{(e.AssocActor1 is null ? "" : "; with " + e.AssocActor1)}");
        Row("actor2", e.Actor2 is null ? "" : $"{e.Actor2} [{e.Inter2}]{(e.AssocActor2 is null ? "" : "; with " + e.AssocActor2)}");
        Row("location", $"{e.Location}, {e.Admin2}, {e.Admin1}, {e.Country} ({e.Latitude:0.####}, {e.Longitude:0.####}; precision {e.GeoPrecision})");
        Row("fatalities", e.FatalitiesHigh is { } hi ? $"{e.Fatalities} (up to {hi})" : e.Fatalities);
        Row("kidnapped", e.Kidnapped);
        Row("notes", e.Notes);
        Row("source", e.Source);
        AnsiConsole.Write(grid);
        foreach (var s in detail.Sources)
        {
            AnsiConsole.MarkupLine($"[bold]source[/] {Markup.Escape(s.Source)} — dispatch {Markup.Escape(s.DispatchId)}{Markup.Escape(s.SourceUrl is null ? "" : " " + s.SourceUrl)}: fatalities {s.Fatalities}{(s.FatalitiesHigh is { } h ? $"-{h}" : "")}, confidence {s.Confidence:0.##}");
            if (s.Evidence is { } ev)
            {
                AnsiConsole.MarkupLine($"    [italic]\"{Markup.Escape(ev.Text)}\"[/] [grey]({ev.Start}..{ev.End})[/]");
            }
        }
    }

    private static void History(SqliteStore store, string id)
    {
        var history = store.History(id);
        if (history.Count == 0 && store.Get(id) is null)
        {
            throw new ConflictWatchException($"no event with id \"{id}\"");
        }
        foreach (var h in history)
        {
            Console.WriteLine($"{h.At:yyyy-MM-dd HH:mm:ss}Z\t{h.User}\t{h.Action}\t{h.Field}\t{h.OldValue}\t->\t{h.NewValue}");
        }
        if (history.Count == 0)
        {
            Console.WriteLine($"{id}: no review history");
        }
    }
}
