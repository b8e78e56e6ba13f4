using System.Globalization;
using ConflictWatch.Analysis.Trends;
using ConflictWatch.Store;

namespace ConflictWatch.Analysis.Risk;

/// <summary>A risk level (1 exercise normal precautions … 4 do not travel) with the reasons that set it.</summary>
public sealed record RiskLevel(string Country, string Admin1, int Level, long Events, long Fatalities, long CivilianFatalities, long Kidnappings, IReadOnlyList<string> Reasons)
{
    public string Name => Level switch
    {
        4 => "do not travel",
        3 => "reconsider travel",
        2 => "exercise increased caution",
        _ => "exercise normal precautions",
    };
}

/// <summary>Thresholds over the last twelve months.</summary>
public sealed record RiskOptions
{
    public int Months { get; init; } = 12;
    public long Level4Fatalities { get; init; } = 100;
    public long Level4Kidnappings { get; init; } = 5;
    public long Level3Fatalities { get; init; } = 25;
    public long Level3Events { get; init; } = 20;
    public long Level2Events { get; init; } = 3;
}

/// <summary>
/// Risk per admin1 from the last twelve months before the as-of date: fatalities, civilian deaths,
/// kidnappings and event counts set a level; a large increase in the last quarter (ACLED's rule, against
/// the mean of the previous quarters) raises it by one.
/// </summary>
public sealed class RiskAssessor(IAnalysisQueries store, RiskOptions? options = null)
{
    private readonly RiskOptions o = options ?? new RiskOptions();

    public IReadOnlyList<RiskLevel> Assess(DateOnly asOf, string? country = null)
    {
        var from = new DateOnly(asOf.Year, asOf.Month, 1).AddMonths(1 - o.Months);
        var filter = new EventQuery { From = from, To = asOf, Country = country };
        var groups = new[] { GroupField.Country, GroupField.Admin1 };
        var monthly = store.Aggregate(new AggregateQuery { Filter = filter, Bucket = TimeBucket.Quarter, Groups = groups });
        var civilian = Totals(store.Aggregate(new AggregateQuery { Filter = filter, Bucket = TimeBucket.None, Groups = groups, CivilianTargetingOnly = true }), r => r.Fatalities);
        var kidnaps = Totals(store.Aggregate(new AggregateQuery { Filter = filter, Bucket = TimeBucket.None, Groups = groups, SubEventType = "Abduction/forced disappearance" }), r => r.Events);
        var lastQuarter = Periods.Start(asOf, TimeBucket.Quarter);
        var list = new List<RiskLevel>();
        foreach (var area in monthly.Where(r => r.Keys[1] is not null).GroupBy(r => (Country: r.Keys[0]!, Admin1: r.Keys[1]!)))
        {
            var events = area.Sum(r => r.Events);
            var deaths = area.Sum(r => r.Fatalities);
            var civ = civilian.GetValueOrDefault(area.Key);
            var kid = kidnaps.GetValueOrDefault(area.Key);
            var reasons = new List<string>();
            var level = 1;
            void Raise(int to, string why)
            {
                level = Math.Max(level, to);
                reasons.Add(why);
            }
            var span = $"in {o.Months} months to {asOf:yyyy-MM-dd}";
            if (deaths >= o.Level4Fatalities) Raise(4, $"{deaths} fatalities {span}");
            else if (deaths >= o.Level3Fatalities) Raise(3, $"{deaths} fatalities {span}");
            if (kid >= o.Level4Kidnappings) Raise(4, $"{kid} kidnappings {span}");
            else if (kid > 0) Raise(3, $"{kid} kidnapping(s) {span}");
            if (civ > 0) Raise(civ >= o.Level3Fatalities ? 3 : 2, $"{civ} civilians killed in attacks on civilians");
            if (events >= o.Level3Events) Raise(3, $"{events} events {span}");
            else if (events >= o.Level2Events) Raise(2, $"{events} events {span}");
            var current = area.Where(r => r.Period == lastQuarter).Sum(r => r.Events);
            var earlier = area.Where(r => r.Period < lastQuarter).ToList();
            var quarters = Math.Max(1, (o.Months / 3) - 1);
            var baseline = earlier.Sum(r => r.Events) / (double)quarters;
            if (current >= 5 && EarlyWarning.Classify(current, baseline) == TrendSignal.LargeIncrease)
            {
                level = Math.Min(4, level + 1);
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"large increase: {current} events this quarter against a mean of {baseline:0.#} before"));
            }
            if (reasons.Count == 0)
            {
                reasons.Add($"{events} event(s) and {deaths} fatalities {span}: below every threshold");
            }
            list.Add(new RiskLevel(area.Key.Country, area.Key.Admin1, level, events, deaths, civ, kid, reasons));
        }
        return list.OrderByDescending(r => r.Level).ThenByDescending(r => r.Fatalities).ThenBy(r => r.Admin1, StringComparer.Ordinal).ToList();
    }

    private static Dictionary<(string, string), long> Totals(IReadOnlyList<AggregateRow> rows, Func<AggregateRow, long> pick) =>
        rows.Where(r => r.Keys[0] is not null && r.Keys[1] is not null).GroupBy(r => (r.Keys[0]!, r.Keys[1]!)).ToDictionary(g => g.Key, g => g.Sum(pick));
}
