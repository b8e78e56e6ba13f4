using System.CommandLine;
using System.Globalization;
using ConflictWatch.Analysis.Alerts;
using ConflictWatch.Cli.Options;
using ConflictWatch.Cli.Output;
using ConflictWatch.Core;
using ConflictWatch.Store;
using ConflictWatch.Store.Sqlite;
using Spectre.Console;

namespace ConflictWatch.Cli.Commands;

/// <summary><c>alerts [--all] [--format table|jsonl]</c> evaluates new events then lists open alerts; <c>alerts ack ID</c>.</summary>
public static class AlertsCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var all = new Option<bool>("--all") { Description = "also list acknowledged alerts" };
        var limit = new Option<int?>("--limit") { Description = "at most this many alerts" };
        var format = new Option<string?>("--format") { Description = "table or jsonl (default: table on a terminal, jsonl otherwise)" };
        var cmd = new Command("alerts", "Evaluate alert rules on events stored since the last evaluation, then list open alerts.") { db, all, limit, format };
        cmd.SetAction(pr => StoreOptions.Guard(() =>
        {
            var fmt = AnalysisOutput.Format(pr.GetValue(format), ["table", "jsonl"], "jsonl");
            using var store = StoreOptions.Open(pr.GetValue(db));
            Evaluate(store, quiet: true);
            Write(store.Alerts(pr.GetValue(all), pr.GetValue(limit)), fmt);
            return 0;
        }));
        cmd.Subcommands.Add(Ack());
        return cmd;
    }

    /// <summary>Seeds the watchlist if needed and evaluates; what `ingest` calls after storing dispatches.</summary>
    public static AlertRun Evaluate(SqliteStore store, bool quiet)
    {
        WatchCommand.EnsureSeeded(store);
        var run = AlertEngine.For(store).Evaluate();
        if (!quiet || run.Raised.Count > 0)
        {
            Console.Error.WriteLine($"alerts: {run.Raised.Count} new from {run.NewEvents} new event(s) against {run.Sites} watch site(s)");
        }
        if (!quiet)
        {
            foreach (var a in run.Raised)
            {
                Console.WriteLine($"alert {a.Id} [{a.Severity}] {a.Rule}: {a.Message}");
            }
        }
        return run;
    }

    private static void Write(IReadOnlyList<Alert> alerts, string fmt)
    {
        if (fmt == "jsonl")
        {
            foreach (var a in alerts)
            {
                Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object?>
                {
                    ["id"] = a.Id, ["rule"] = a.Rule, ["severity"] = a.Severity, ["site"] = a.Site, ["distance_km"] = a.DistanceKm, ["bearing"] = a.Bearing,
                    ["actor"] = a.Actor, ["admin1"] = a.Admin1, ["event_ids"] = a.EventIds, ["message"] = a.Message,
                    ["raised_at"] = a.RaisedAt.ToString("O", CultureInfo.InvariantCulture), ["acked_at"] = a.AcknowledgedAt?.ToString("O", CultureInfo.InvariantCulture), ["acked_by"] = a.AcknowledgedBy,
                }, AnalysisOutput.Json));
            }
            return;
        }
        var table = new Table().Border(TableBorder.Simple);
        foreach (var c in new[] { "id", "rule", "severity", "site", "km", "bearing", "actor", "message", "raised" })
        {
            table.AddColumn(c);
        }
        foreach (var a in alerts)
        {
            var sev = a.Severity switch { Severity.Critical => "[red bold]critical[/]", Severity.High => "[red]high[/]", Severity.Medium => "[yellow]medium[/]", _ => a.Severity };
            table.AddRow($"{a.Id}{(a.AcknowledgedAt is null ? "" : " (ack)")}", a.Rule, sev, Markup.Escape(a.Site ?? ""), AnalysisOutput.Num(a.DistanceKm), a.Bearing ?? "", Markup.Escape(a.Actor ?? ""), Markup.Escape(a.Message), a.RaisedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"[grey]{alerts.Count} alert(s)[/]");
    }

    private static Command Ack()
    {
        var db = StoreOptions.Db();
        var id = new Argument<long>("id") { Description = "the alert's id" };
        var user = StoreOptions.User();
        var cmd = new Command("ack", "Acknowledge an alert (it leaves the open list).") { db, id, user };
        cmd.SetAction(pr => StoreOptions.Guard(() =>
        {
            using var store = StoreOptions.Open(pr.GetValue(db));
            if (!store.Acknowledge(pr.GetValue(id), StoreOptions.UserName(pr.GetValue(user))))
            {
                throw new ConflictWatchException($"no open alert {pr.GetValue(id)}");
            }
            Console.WriteLine($"acknowledged alert {pr.GetValue(id)}");
            return 0;
        }));
        return cmd;
    }
}
