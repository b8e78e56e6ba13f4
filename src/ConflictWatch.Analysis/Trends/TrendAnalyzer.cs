using ConflictWatch.Store;

namespace ConflictWatch.Analysis.Trends;

/// <summary>What to chart: events selected by <see cref="Filter"/> per <see cref="By"/> period, one series per <see cref="Split"/> value.</summary>
public sealed record TrendRequest(EventQuery Filter, TimeBucket By, IReadOnlyList<GroupField> Split);

/// <summary>
/// One period of one series, with its change against the previous period and against the baseline
/// (the mean of the previous four periods; null until four exist).
/// </summary>
public sealed record TrendPoint(
    DateOnly Period,
    string Label,
    IReadOnlyList<string?> Keys,
    long Events,
    long Fatalities,
    double? EventsChangePct,
    double? FatalitiesChangePct,
    double? BaselineEvents,
    double? BaselineChangePct,
    TrendSignal Signal);

public sealed record TrendReport(TimeBucket By, IReadOnlyList<GroupField> Split, IReadOnlyList<TrendPoint> Points)
{
    /// <summary>The series (one per distinct key tuple), largest total first.</summary>
    public IReadOnlyList<IGrouping<string, TrendPoint>> Series() =>
        Points.GroupBy(p => SeriesName(p.Keys)).OrderByDescending(g => g.Sum(p => p.Events)).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();

    public static string SeriesName(IReadOnlyList<string?> keys) => keys.Count == 0 ? "all events" : string.Join(" / ", keys.Select(k => k ?? "(none)"));
}

/// <summary>Counts per period from the store, gaps filled with zeros so changes and baselines compare like with like.</summary>
public sealed class TrendAnalyzer(IAnalysisQueries store)
{
    public TrendReport Run(TrendRequest request)
    {
        if (request.By == TimeBucket.None)
        {
            throw new Core.ConflictWatchException("trends need a period (week, month, quarter or year)");
        }
        var rows = store.Aggregate(new AggregateQuery { Filter = request.Filter, Bucket = request.By, Groups = request.Split });
        if (rows.Count == 0)
        {
            return new TrendReport(request.By, request.Split, []);
        }
        var first = request.Filter.From is { } f ? Periods.Start(f, request.By) : rows.Min(r => r.Period!.Value);
        var last = request.Filter.To is { } t ? Periods.Start(t, request.By) : rows.Max(r => r.Period!.Value);
        var periods = new List<DateOnly>();
        for (var p = first; p <= last; p = Periods.Next(p, request.By))
        {
            periods.Add(p);
        }
        var points = new List<TrendPoint>();
        foreach (var series in rows.GroupBy(r => string.Join("\u0001", r.Keys.Select(k => k ?? "\u0000"))))
        {
            var keys = series.First().Keys;
            var byPeriod = series.ToDictionary(r => r.Period!.Value);
            var events = periods.Select(p => byPeriod.TryGetValue(p, out var r) ? r.Events : 0).ToArray();
            var deaths = periods.Select(p => byPeriod.TryGetValue(p, out var r) ? r.Fatalities : 0).ToArray();
            for (var i = 0; i < periods.Count; i++)
            {
                double? baseline = i >= EarlyWarning.BaselinePeriods ? events.Skip(i - EarlyWarning.BaselinePeriods).Take(EarlyWarning.BaselinePeriods).Average() : null;
                points.Add(new TrendPoint(
                    periods[i],
                    Periods.Label(periods[i], request.By),
                    keys,
                    events[i],
                    deaths[i],
                    i > 0 ? EarlyWarning.ChangePercent(events[i], events[i - 1]) : null,
                    i > 0 ? EarlyWarning.ChangePercent(deaths[i], deaths[i - 1]) : null,
                    baseline is null ? null : Math.Round(baseline.Value, 2),
                    baseline is null ? null : EarlyWarning.ChangePercent(events[i], baseline.Value),
                    baseline is null ? TrendSignal.None : EarlyWarning.Classify(events[i], baseline.Value)));
            }
        }
        points.Sort((a, b) => a.Period != b.Period ? a.Period.CompareTo(b.Period) : string.CompareOrdinal(TrendReport.SeriesName(a.Keys), TrendReport.SeriesName(b.Keys)));
        return new TrendReport(request.By, request.Split, points);
    }
}
