using ScottPlot;

namespace ConflictWatch.Analysis.Trends;

/// <summary>Draws a trend report as a PNG: events per period, one line per series (the largest eight).</summary>
public static class TrendChart
{
    public const int MaxSeries = 8;

    public static void Save(TrendReport report, string path, string title, int width = 1000, int height = 560)
    {
        var plot = new Plot();
        var series = report.Series();
        foreach (var s in series.Take(MaxSeries))
        {
            var pts = s.OrderBy(p => p.Period).ToList();
            var xs = pts.Select(p => p.Period.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
            var ys = pts.Select(p => (double)p.Events).ToArray();
            var line = plot.Add.Scatter(xs, ys);
            line.LegendText = s.Key;
            line.LineWidth = 2;
            line.MarkerSize = pts.Count > 60 ? 0 : 5;
            foreach (var warn in pts.Where(p => p.Signal == TrendSignal.LargeIncrease))
            {
                var m = plot.Add.Marker(warn.Period.ToDateTime(TimeOnly.MinValue).ToOADate(), warn.Events, MarkerShape.OpenCircle, 12);
                m.Color = Colors.Red;
            }
        }
        plot.Axes.DateTimeTicksBottom();
        plot.Title(title);
        plot.YLabel("events");
        plot.XLabel(series.Count > MaxSeries ? $"per {report.By.ToString().ToLowerInvariant()} (largest {MaxSeries} of {series.Count} series; red circles: >25% above the 4-period baseline)" : $"per {report.By.ToString().ToLowerInvariant()} (red circles: >25% above the 4-period baseline)");
        plot.ShowLegend(Alignment.UpperLeft);
        plot.Axes.Margins(bottom: 0);
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null)
        {
            Directory.CreateDirectory(dir);
        }
        plot.SavePng(path, width, height);
    }
}
