using System.Globalization;
using ConflictWatch.Analysis.Trends;
using ConflictWatch.Store;

namespace ConflictWatch.Analysis.Alerts;

/// <summary>
/// A surge in an admin1 touched by new events: its last window (30 days to the as-of date) against the
/// mean of the four windows before, by ACLED's early-warning rule. Raised at most once a week per admin1.
/// </summary>
public sealed class SurgeRule : IAlertRule
{
    public string Name => "surge";

    public IEnumerable<Alert> Evaluate(AlertContext context)
    {
        var o = context.Options;
        var areas = context.Recent.Where(s => s.Event.Admin1 is not null).Select(s => (s.Event.Country, Admin1: s.Event.Admin1!)).Distinct().ToList();
        foreach (var (country, admin1) in areas)
        {
            var counts = new long[EarlyWarning.BaselinePeriods + 1];
            for (var w = 0; w < counts.Length; w++)
            {
                var to = context.AsOf.AddDays(-w * o.SurgeWindowDays);
                counts[w] = context.Store.Count(new EventQuery { Country = country, Admin1 = admin1, From = to.AddDays(1 - o.SurgeWindowDays), To = to });
            }
            var current = counts[0];
            var baseline = counts.Skip(1).Average();
            var signal = EarlyWarning.Classify(current, baseline);
            if (current < o.SurgeMinEvents || signal == TrendSignal.None)
            {
                continue;
            }
            var week = ISOWeek.GetYear(context.AsOf.ToDateTime(TimeOnly.MinValue)) * 100 + ISOWeek.GetWeekOfYear(context.AsOf.ToDateTime(TimeOnly.MinValue));
            var pct = EarlyWarning.ChangePercent(current, baseline);
            yield return new Alert
            {
                Key = $"surge|{country}|{admin1}|{week}",
                Rule = Name,
                Severity = signal == TrendSignal.LargeIncrease ? Severity.High : Severity.Medium,
                Admin1 = admin1,
                Message = string.Create(CultureInfo.InvariantCulture,
                    $"{EarlyWarning.Describe(signal)} in {admin1} ({country}): {current} events in the {o.SurgeWindowDays} days to {context.AsOf:yyyy-MM-dd} against a mean of {baseline:0.#} in the four windows before{(pct is null ? "" : $" (+{pct:0}%)")}"),
            };
        }
    }
}
