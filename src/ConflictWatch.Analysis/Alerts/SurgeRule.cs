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
        var windows = EarlyWarning.BaselinePeriods + 1;
        var first = context.AsOf.AddDays(1 - windows * o.SurgeWindowDays);
        // One daily count per country and admin1 over the five windows (counted where the data is, not
        // by reading every event), folded into windows here.
        var perArea = new Dictionary<(string, string), long[]>();
        foreach (var country in areas.Select(a => a.Country).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var daily = context.Queries.Aggregate(new AggregateQuery
            {
                Filter = new EventQuery { Country = country, From = first, To = context.AsOf },
                Bucket = TimeBucket.Day,
                Groups = [GroupField.Admin1],
            });
            foreach (var row in daily)
            {
                if (row.Keys[0] is not { } a || row.Period is not { } day)
                {
                    continue;
                }
                var key = (country, a.ToUpperInvariant());
                if (!perArea.TryGetValue(key, out var c))
                {
                    perArea[key] = c = new long[windows];
                }
                c[(context.AsOf.DayNumber - day.DayNumber) / o.SurgeWindowDays] += row.Events;
            }
        }
        foreach (var (country, admin1) in areas)
        {
            var counts = perArea.GetValueOrDefault((country, admin1.ToUpperInvariant())) ?? new long[windows];
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
