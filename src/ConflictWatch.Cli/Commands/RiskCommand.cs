using System.CommandLine;
using System.Globalization;
using ConflictWatch.Analysis.Risk;
using ConflictWatch.Cli.Options;
using ConflictWatch.Cli.Output;
using ConflictWatch.Core;
using Spectre.Console;

namespace ConflictWatch.Cli.Commands;

/// <summary><c>risk [--country X] [--as-of DATE]</c>: a 1-4 level per admin1 with its reasons.</summary>
public static class RiskCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var country = new Option<string?>("--country") { Description = "only this country" };
        var asOf = new Option<string?>("--as-of") { Description = "the day assessed (default: the newest event's date, or today if earlier)" };
        var format = new Option<string?>("--format") { Description = "table or jsonl" };
        var cmd = new Command("risk", "Risk level per admin1 (1 normal precautions ... 4 do not travel) from the last 12 months, with reasons.") { db, country, asOf, format };
        cmd.SetAction(pr => StoreOptions.Guard(() =>
        {
            var fmt = AnalysisOutput.Format(pr.GetValue(format), ["table", "jsonl"], "jsonl");
            using var store = StoreOptions.Open(pr.GetValue(db));
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var day = pr.GetValue(asOf) is { } s
                ? DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : throw new ConflictWatchException($"--as-of: \"{s}\" is not a date")
                : store.LatestEventDate() is { } latest && latest < today ? latest : today;
            var levels = new RiskAssessor(store).Assess(day, pr.GetValue(country));
            if (fmt == "jsonl")
            {
                foreach (var r in levels)
                {
                    Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object?>
                    {
                        ["country"] = r.Country, ["admin1"] = r.Admin1, ["level"] = r.Level, ["name"] = r.Name, ["events"] = r.Events, ["fatalities"] = r.Fatalities,
                        ["civilian_fatalities"] = r.CivilianFatalities, ["kidnappings"] = r.Kidnappings, ["reasons"] = r.Reasons, ["as_of"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    }, AnalysisOutput.Json));
                }
                return 0;
            }
            var table = new Table().Border(TableBorder.Simple);
            foreach (var c in new[] { "country", "admin1", "level", "", "reasons" })
            {
                table.AddColumn(c);
            }
            foreach (var r in levels)
            {
                var colour = r.Level switch { 4 => "red", 3 => "darkorange", 2 => "yellow", _ => "green" };
                table.AddRow(Markup.Escape(r.Country), Markup.Escape(r.Admin1), $"[{colour}]{r.Level}[/]", r.Name, Markup.Escape(string.Join("; ", r.Reasons)));
            }
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"[grey]as of {day:yyyy-MM-dd}; {levels.Count} admin1 unit(s) with events in the last 12 months[/]");
            return 0;
        }));
        return cmd;
    }
}
