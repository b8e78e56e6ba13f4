using System.CommandLine;
using System.Globalization;
using ConflictWatch.Analysis.Claims;
using ConflictWatch.Cli.Options;
using ConflictWatch.Cli.Output;
using Spectre.Console;

namespace ConflictWatch.Cli.Commands;

/// <summary><c>claims [--unit U] [--format table|csv|jsonl]</c>: figures stated in dispatches beside the same quantity from stored events.</summary>
public static class ClaimsCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var unit = new Option<string?>("--unit") { Description = "only claims of this unit (kidnappings, civilians killed, ...)" };
        var format = new Option<string?>("--format") { Description = "table, csv or jsonl (default: table on a terminal, jsonl otherwise)" };
        var cmd = new Command("claims", "Aggregate figures stated in dispatches, beside the same quantity computed from the stored events.") { db, unit, format };
        cmd.SetAction(pr => StoreOptions.Guard(() =>
        {
            var fmt = AnalysisOutput.Format(pr.GetValue(format), ["table", "csv", "jsonl"], "jsonl");
            using var store = StoreOptions.Open(pr.GetValue(db));
            var rows = new ClaimComparer(store).Compare(pr.GetValue(unit));
            string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            switch (fmt)
            {
                case "csv":
                    Console.WriteLine("claim_id,dispatch_id,quantity,qualifier,unit,period_start,period_end,area,actor,attributed_to,from_events,events,measure");
                    foreach (var r in rows)
                    {
                        var c = r.Claim;
                        Console.WriteLine(string.Join(",", AnalysisOutput.Csv(c.ClaimId), AnalysisOutput.Csv(c.DispatchId), AnalysisOutput.Num(c.Quantity), AnalysisOutput.Csv(c.Qualifier), AnalysisOutput.Csv(c.Unit), D(c.PeriodStart), D(c.PeriodEnd), AnalysisOutput.Csv(c.Area), AnalysisOutput.Csv(c.Actor), AnalysisOutput.Csv(c.AttributedTo), r.FromEvents?.ToString(CultureInfo.InvariantCulture) ?? "", r.Events.ToString(CultureInfo.InvariantCulture), AnalysisOutput.Csv(r.Measure)));
                    }
                    break;
                case "jsonl":
                    foreach (var r in rows)
                    {
                        var c = r.Claim;
                        Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object?>
                        {
                            ["claim_id"] = c.ClaimId, ["dispatch_id"] = c.DispatchId, ["quantity"] = c.Quantity, ["qualifier"] = c.Qualifier, ["unit"] = c.Unit,
                            ["period_start"] = D(c.PeriodStart), ["period_end"] = D(c.PeriodEnd), ["area"] = c.Area, ["actor"] = c.Actor, ["attributed_to"] = c.AttributedTo,
                            ["from_events"] = r.FromEvents, ["events"] = r.Events, ["measure"] = r.Measure,
                        }, AnalysisOutput.Json));
                    }
                    break;
                default:
                    var table = new Table().Border(TableBorder.Simple);
                    foreach (var col in new[] { "claimed", "unit", "period", "area", "from events", "measured as", "source" })
                    {
                        table.AddColumn(col);
                    }
                    foreach (var r in rows)
                    {
                        var c = r.Claim;
                        table.AddRow(Markup.Escape((c.Qualifier is null ? "" : c.Qualifier + " ") + AnalysisOutput.Num(c.Quantity)), Markup.Escape(c.Unit), $"{D(c.PeriodStart)}..{D(c.PeriodEnd)}", Markup.Escape(c.Area),
                            r.FromEvents?.ToString(CultureInfo.InvariantCulture) ?? "-", Markup.Escape(r.Measure), Markup.Escape(c.AttributedTo ?? c.DispatchId));
                    }
                    AnsiConsole.Write(table);
                    AnsiConsole.MarkupLine($"[grey]{rows.Count} claim(s)[/]");
                    break;
            }
            return 0;
        }));
        return cmd;
    }
}
