using System.CommandLine;
using ConflictWatch.Analysis.Trends;
using ConflictWatch.Cli.Options;
using ConflictWatch.Cli.Output;
using ConflictWatch.Core;
using ConflictWatch.Store;
using Spectre.Console;

namespace ConflictWatch.Cli.Commands;

/// <summary><c>trends [--by month] [--split country,admin1,type,actor] [filters] [--format table|csv|json] [--chart FILE.png]</c>.</summary>
public static class TrendsCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var filters = new EventFilterOptions();
        var by = new Option<string>("--by") { Description = "period: week, month, quarter or year", DefaultValueFactory = _ => "month" };
        var split = new Option<string?>("--split") { Description = "comma-separated: country, admin1, type, actor" };
        var format = new Option<string?>("--format") { Description = "table, csv or json (default: table on a terminal, json otherwise)" };
        var chart = new Option<string?>("--chart") { Description = "also draw the trend to this PNG file" };
        var cmd = new Command("trends", "Events and fatalities per period with the change against the previous period and the 4-period baseline (ACLED's early-warning rule).") { db, by, split, format, chart };
        filters.AddTo(cmd);
        cmd.SetAction(pr => StoreOptions.Guard(() =>
        {
            var fmt = AnalysisOutput.Format(pr.GetValue(format), ["table", "csv", "json"], "json");
            using var store = StoreOptions.Open(pr.GetValue(db));
            var groups = ParseSplit(pr.GetValue(split));
            var request = new TrendRequest(filters.Build(pr, store, EventOrder.Chronological, null) with { Limit = null }, Periods.Parse(pr.GetValue(by)!), groups);
            var report = new TrendAnalyzer(store).Run(request);
            var names = groups.Select(Column).ToList();
            switch (fmt)
            {
                case "csv":
                    Console.WriteLine(string.Join(",", new[] { "period" }.Concat(names).Concat(["events", "fatalities", "events_change_pct", "fatalities_change_pct", "baseline_events", "baseline_change_pct", "signal"])));
                    foreach (var p in report.Points)
                    {
                        Console.WriteLine(string.Join(",", new[] { p.Label }.Concat(p.Keys.Select(AnalysisOutput.Csv)).Concat([p.Events.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Fatalities.ToString(System.Globalization.CultureInfo.InvariantCulture), AnalysisOutput.Num(p.EventsChangePct), AnalysisOutput.Num(p.FatalitiesChangePct), AnalysisOutput.Num(p.BaselineEvents), AnalysisOutput.Num(p.BaselineChangePct), EarlyWarning.Describe(p.Signal)])));
                    }
                    break;
                case "json":
                    var rows = report.Points.Select(p =>
                    {
                        var d = new Dictionary<string, object?> { ["period"] = p.Label };
                        for (var i = 0; i < names.Count; i++)
                        {
                            d[names[i]] = p.Keys[i];
                        }
                        d["events"] = p.Events;
                        d["fatalities"] = p.Fatalities;
                        d["events_change_pct"] = p.EventsChangePct;
                        d["fatalities_change_pct"] = p.FatalitiesChangePct;
                        d["baseline_events"] = p.BaselineEvents;
                        d["baseline_change_pct"] = p.BaselineChangePct;
                        d["signal"] = EarlyWarning.Describe(p.Signal);
                        return d;
                    });
                    Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(rows, AnalysisOutput.JsonIndented));
                    break;
                default:
                    var table = new Table().Border(TableBorder.Simple);
                    table.AddColumn("period");
                    names.ForEach(n => table.AddColumn(n));
                    foreach (var c in new[] { "events", "fatalities", "vs prev", "baseline", "vs baseline", "signal" })
                    {
                        table.AddColumn(new TableColumn(c).RightAligned());
                    }
                    foreach (var p in report.Points)
                    {
                        var signal = p.Signal switch { TrendSignal.LargeIncrease => "[red]large increase[/]", TrendSignal.ModerateIncrease => "[yellow]moderate increase[/]", _ => "" };
                        table.AddRow([Markup.Escape(p.Label), .. p.Keys.Select(k => Markup.Escape(k ?? "-")), $"{p.Events}", $"{p.Fatalities}", AnalysisOutput.Pct(p.EventsChangePct), AnalysisOutput.Num(p.BaselineEvents), AnalysisOutput.Pct(p.BaselineChangePct), signal]);
                    }
                    AnsiConsole.Write(table);
                    AnsiConsole.MarkupLine($"[grey]{report.Points.Count} row(s); baseline = mean of the previous {EarlyWarning.BaselinePeriods} periods; >25% above it is a large increase, 10-25% moderate[/]");
                    break;
            }
            if (pr.GetValue(chart) is { } png)
            {
                TrendChart.Save(report, png, $"Events per {request.By.ToString().ToLowerInvariant()}" + (groups.Count > 0 ? $" by {string.Join(", ", names)}" : ""));
                Console.Error.WriteLine($"chart: {Path.GetFullPath(png)}");
            }
            return 0;
        }));
        return cmd;
    }

    private static string Column(GroupField g) => g switch
    {
        GroupField.Country => "country",
        GroupField.Admin1 => "admin1",
        GroupField.EventType => "event_type",
        _ => "actor",
    };

    public static IReadOnlyList<GroupField> ParseSplit(string? split) =>
        string.IsNullOrWhiteSpace(split) ? [] : split.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.ToLowerInvariant() switch
        {
            "country" => GroupField.Country,
            "admin1" or "region" => GroupField.Admin1,
            "type" or "event_type" or "event-type" => GroupField.EventType,
            "actor" => GroupField.Actor,
            _ => throw new ConflictWatchException($"--split: \"{s}\" is not country, admin1, type or actor"),
        }).Distinct().ToList();
}
