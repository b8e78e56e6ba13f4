using System.CommandLine;
using System.Globalization;
using ConflictWatch.Analysis.Hotspots;
using ConflictWatch.Cli.Options;
using ConflictWatch.Cli.Output;
using ConflictWatch.Store;
using Spectre.Console;

namespace ConflictWatch.Cli.Commands;

/// <summary><c>hotspots [--from D --to D] [--cell DEG] [--top N] [--format table|geojson]</c>.</summary>
public static class HotspotsCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var filters = new EventFilterOptions();
        var cell = new Option<double>("--cell") { Description = "grid cell size in degrees", DefaultValueFactory = _ => 0.5 };
        var top = new Option<int>("--top") { Description = "how many cells", DefaultValueFactory = _ => 20 };
        var format = new Option<string?>("--format") { Description = "table or geojson (default: table on a terminal, geojson otherwise)" };
        var cmd = new Command("hotspots", "Grid cells where violence concentrates over a period (default: the 90 days to the newest event), with the change against the period before.") { db, cell, top, format };
        filters.AddTo(cmd);
        cmd.SetAction(pr => StoreOptions.Guard(() =>
        {
            var fmt = AnalysisOutput.Format(pr.GetValue(format), ["table", "geojson"], "geojson");
            using var store = StoreOptions.Open(pr.GetValue(db));
            var q = filters.Build(pr, store, EventOrder.Chronological, null) with { Limit = null };
            var to = q.To ?? store.LatestEventDate() ?? DateOnly.FromDateTime(DateTime.UtcNow);
            var from = q.From ?? to.AddDays(-89);
            var spots = new HotspotFinder(store).Find(q, from, to, pr.GetValue(cell), pr.GetValue(top));
            if (fmt == "geojson")
            {
                using var stdout = Console.OpenStandardOutput();
                HotspotGeoJson.Write(stdout, spots, from, to);
                return 0;
            }
            var table = new Table().Border(TableBorder.Simple);
            foreach (var c in new[] { "cell (centre)", "place", "admin1", "events", "fatalities", "before", "change", "actors" })
            {
                table.AddColumn(c);
            }
            foreach (var h in spots)
            {
                table.AddRow(string.Create(CultureInfo.InvariantCulture, $"{h.CenterLatitude:0.00}, {h.CenterLongitude:0.00}"), Markup.Escape(h.Place ?? ""), Markup.Escape(h.Admin1 ?? ""), $"{h.Events}", $"{h.Fatalities}", $"{h.PreviousEvents}", AnalysisOutput.Pct(h.ChangePct), Markup.Escape(string.Join("; ", h.TopActors)));
            }
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"[grey]{from:yyyy-MM-dd}..{to:yyyy-MM-dd} against the {to.DayNumber - from.DayNumber + 1} days before; cells of {AnalysisOutput.Num(pr.GetValue(cell))} degrees[/]");
            return 0;
        }));
        return cmd;
    }
}
