using ConflictWatch.Analysis.Trends;
using ConflictWatch.Store;

namespace ConflictWatch.Analysis.Tests.Trends;

public sealed class TrendAnalyzerTests : IDisposable
{
    private readonly AnalysisStore db = new();

    public void Dispose() => db.Dispose();

    [Theory]
    [InlineData(10, 10, TrendSignal.None)]
    [InlineData(11, 10, TrendSignal.ModerateIncrease)]
    [InlineData(12.5, 10, TrendSignal.ModerateIncrease)]
    [InlineData(12.6, 10, TrendSignal.LargeIncrease)]
    [InlineData(1, 0, TrendSignal.LargeIncrease)]
    [InlineData(0, 0, TrendSignal.None)]
    [InlineData(5, 10, TrendSignal.None)]
    public void Early_warning_follows_the_ACLED_thresholds(double current, double baseline, TrendSignal expected) =>
        Assert.Equal(expected, EarlyWarning.Classify(current, baseline));

    [Fact]
    public void Monthly_counts_fill_gaps_and_flag_a_large_increase_over_the_four_month_baseline()
    {
        // Two events a month January to April, none in May, six in June.
        foreach (var m in new[] { 1, 2, 3, 4 })
        {
            db.Add(db.Event($"2023-{m:D2}-05", fatalities: 1), db.Event($"2023-{m:D2}-20"));
        }
        db.Add(Enumerable.Range(1, 6).Select(d => db.Event($"2023-06-{d:D2}", fatalities: 2)).ToArray());
        db.Add(db.Event("2023-06-10", country: "Niger", admin1: "Tillaberi"));

        var report = new TrendAnalyzer(db.Store).Run(new TrendRequest(new EventQuery { Country = "Mali" }, TimeBucket.Month, []));

        Assert.Equal(["2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06"], report.Points.Select(p => p.Label));
        Assert.Equal([2L, 2, 2, 2, 0, 6], report.Points.Select(p => p.Events));
        var may = report.Points[4];
        Assert.Equal(-100, may.EventsChangePct);
        Assert.Equal(2, may.BaselineEvents);
        var june = report.Points[5];
        Assert.Equal(12, june.Fatalities);
        Assert.Null(june.EventsChangePct); // nothing in May to compare with
        Assert.Equal(1.5, june.BaselineEvents); // (2 + 2 + 2 + 0) / 4
        Assert.Equal(300, june.BaselineChangePct);
        Assert.Equal(TrendSignal.LargeIncrease, june.Signal);
    }

    [Fact]
    public void Splitting_by_actor_counts_an_event_for_both_sides()
    {
        db.Add(db.Event("2023-03-02", actor1: "JNIM", actor2: "Islamic State Sahel Province"), db.Event("2023-03-09", actor1: "JNIM", actor2: null));

        var report = new TrendAnalyzer(db.Store).Run(new TrendRequest(new EventQuery(), TimeBucket.Year, [GroupField.Actor]));

        Assert.Equal(2, report.Points.Single(p => p.Keys[0] == "JNIM").Events);
        Assert.Equal(1, report.Points.Single(p => p.Keys[0] == "Islamic State Sahel Province").Events);
    }

    [Fact]
    public void Weeks_start_on_Monday()
    {
        db.Add(db.Event("2023-04-12"), db.Event("2023-04-16"), db.Event("2023-04-17"));

        var report = new TrendAnalyzer(db.Store).Run(new TrendRequest(new EventQuery(), TimeBucket.Week, []));

        Assert.Equal(["2023-04-10", "2023-04-17"], report.Points.Select(p => p.Label));
        Assert.Equal([2L, 1], report.Points.Select(p => p.Events));
    }

    [Fact]
    public void The_chart_is_a_PNG_file()
    {
        foreach (var m in Enumerable.Range(1, 8))
        {
            db.Add(db.Event($"2023-{m:D2}-03"), db.Event($"2023-{m:D2}-04", country: "Niger", admin1: "Tillaberi"));
        }
        var report = new TrendAnalyzer(db.Store).Run(new TrendRequest(new EventQuery(), TimeBucket.Month, [GroupField.Country]));
        var png = Path.Combine(db.Directory, "trend.png");

        TrendChart.Save(report, png, "test");

        var head = File.ReadAllBytes(png).Take(8).ToArray();
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, head);
    }
}
