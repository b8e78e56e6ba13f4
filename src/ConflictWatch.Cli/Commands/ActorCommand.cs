using System.CommandLine;
using ConflictWatch.Analysis.Actors;
using ConflictWatch.Cli.Options;
using ConflictWatch.Cli.Output;
using ConflictWatch.Store;
using Spectre.Console;

namespace ConflictWatch.Cli.Commands;

/// <summary><c>actor NAME [--format table|json]</c>: activity, event types, opponents and area of operations per quarter.</summary>
public static class ActorCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var name = new Argument<string>("name") { Description = "the actor's canonical name (as in events), e.g. JNIM" };
        var from = new Option<string?>("--from") { Description = "first day (YYYY-MM-DD)" };
        var to = new Option<string?>("--to") { Description = "last day (YYYY-MM-DD)" };
        var format = new Option<string?>("--format") { Description = "table or json" };
        var cmd = new Command("actor", "An actor's activity over time, event types, opponents and area of operations per quarter.") { db, name, from, to, format };
        cmd.SetAction(pr => StoreOptions.Guard(() =>
        {
            var fmt = AnalysisOutput.Format(pr.GetValue(format), ["table", "json"], "json");
            using var store = StoreOptions.Open(pr.GetValue(db));
            static DateOnly? D(string? s) => s is null ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var p = new ActorProfiler(store).Profile(pr.GetValue(name)!, new EventQuery { From = D(pr.GetValue(from)), To = D(pr.GetValue(to)) });
            if (p.Events == 0)
            {
                throw new Core.ConflictWatchException($"no events of \"{p.Actor}\" (names are canonical, as `events --actor` matches them)");
            }
            if (fmt == "json")
            {
                Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object?>
                {
                    ["actor"] = p.Actor, ["events"] = p.Events, ["fatalities"] = p.Fatalities, ["first"] = p.First?.ToString("yyyy-MM-dd", null), ["last"] = p.Last?.ToString("yyyy-MM-dd", null),
                    ["event_types"] = p.EventTypes.ToDictionary(t => t.EventType, t => t.Events),
                    ["opponents"] = p.Opponents.ToDictionary(t => t.Opponent, t => t.Events),
                    ["quarters"] = p.Quarters.Select(q => new Dictionary<string, object?>
                    {
                        ["quarter"] = q.Quarter, ["events"] = q.Events, ["fatalities"] = q.Fatalities, ["cells"] = q.Cells, ["hull_area_km2"] = q.HullAreaKm2,
                        ["center"] = new[] { q.CenterLatitude, q.CenterLongitude }, ["area_change_pct"] = q.AreaChangePct, ["shift_km"] = q.ShiftKm, ["shift_direction"] = q.ShiftDirection, ["new_admin1"] = q.NewAdmin1,
                    }),
                }, AnalysisOutput.JsonIndented));
                return 0;
            }
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(p.Actor)}[/]: {p.Events} events, {p.Fatalities} fatalities, {p.First:yyyy-MM-dd}..{p.Last:yyyy-MM-dd}");
            AnsiConsole.MarkupLine("event types: " + Markup.Escape(string.Join(", ", p.EventTypes.Select(t => $"{t.EventType} {t.Events}"))));
            AnsiConsole.MarkupLine("opponents: " + Markup.Escape(string.Join(", ", p.Opponents.Take(8).Select(t => $"{t.Opponent} {t.Events}"))));
            var table = new Table().Border(TableBorder.Simple);
            foreach (var c in new[] { "quarter", "events", "fatalities", "cells", "hull km2", "area change", "moved", "new admin1" })
            {
                table.AddColumn(c);
            }
            foreach (var q in p.Quarters)
            {
                table.AddRow(q.Quarter, $"{q.Events}", $"{q.Fatalities}", $"{q.Cells}", AnalysisOutput.Num(q.HullAreaKm2), AnalysisOutput.Pct(q.AreaChangePct), q.ShiftKm is null ? "" : $"{AnalysisOutput.Num(q.ShiftKm)} km {q.ShiftDirection}", Markup.Escape(string.Join(", ", q.NewAdmin1)));
            }
            AnsiConsole.Write(table);
            return 0;
        }));
        return cmd;
    }
}
