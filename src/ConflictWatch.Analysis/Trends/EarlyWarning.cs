namespace ConflictWatch.Analysis.Trends;

/// <summary>How a period compares with its baseline.</summary>
public enum TrendSignal
{
    None,
    ModerateIncrease,
    LargeIncrease,
}

/// <summary>
/// ACLED's early-warning rule: a period more than 25% above the average of the previous four is a
/// large increase, 10–25% above it a moderate one. A baseline of zero makes any activity a large increase.
/// </summary>
public static class EarlyWarning
{
    public const int BaselinePeriods = 4;

    public static TrendSignal Classify(double current, double baseline)
    {
        if (baseline <= 0)
        {
            return current > 0 ? TrendSignal.LargeIncrease : TrendSignal.None;
        }
        var change = (current - baseline) / baseline;
        return change > 0.25 ? TrendSignal.LargeIncrease : change >= 0.10 ? TrendSignal.ModerateIncrease : TrendSignal.None;
    }

    /// <summary>Change in percent, or null when there is nothing to compare with.</summary>
    public static double? ChangePercent(double current, double previous) =>
        previous > 0 ? Math.Round((current - previous) / previous * 100, 1) : null;

    public static string Describe(TrendSignal s) => s switch
    {
        TrendSignal.LargeIncrease => "large increase",
        TrendSignal.ModerateIncrease => "moderate increase",
        _ => "",
    };
}
