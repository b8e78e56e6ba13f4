namespace ConflictWatch.Store.Dedup;

/// <summary>
/// Fatalities of an event reported by several sources, by ACLED's rule: the lowest credible figure,
/// with the highest kept in fatalities_high. A report of no deaths next to reports of deaths is an
/// early or partial report, not a credible "0", so it only counts when no source reports deaths.
/// </summary>
public static class FatalityReconciler
{
    public static (int Fatalities, int? FatalitiesHigh) Reconcile(IEnumerable<(int Fatalities, int? FatalitiesHigh)> reports)
    {
        var list = reports.ToList();
        if (list.Count == 0)
        {
            return (0, null);
        }
        var positive = list.Where(r => r.Fatalities > 0).Select(r => r.Fatalities).ToList();
        var low = positive.Count > 0 ? positive.Min() : 0;
        var high = list.Max(r => Math.Max(r.Fatalities, r.FatalitiesHigh ?? r.Fatalities));
        return (low, high > low ? high : null);
    }
}
