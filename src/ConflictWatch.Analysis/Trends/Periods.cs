using System.Globalization;
using ConflictWatch.Store;

namespace ConflictWatch.Analysis.Trends;

/// <summary>Calendar periods: the start of the one a day falls in, the next one, and a label.</summary>
public static class Periods
{
    public static DateOnly Start(DateOnly day, TimeBucket by) => by switch
    {
        TimeBucket.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        TimeBucket.Month => new DateOnly(day.Year, day.Month, 1),
        TimeBucket.Quarter => new DateOnly(day.Year, (day.Month - 1) / 3 * 3 + 1, 1),
        TimeBucket.Year => new DateOnly(day.Year, 1, 1),
        _ => day,
    };

    public static DateOnly Next(DateOnly start, TimeBucket by) => by switch
    {
        TimeBucket.Day => start.AddDays(1),
        TimeBucket.Week => start.AddDays(7),
        TimeBucket.Month => start.AddMonths(1),
        TimeBucket.Quarter => start.AddMonths(3),
        TimeBucket.Year => start.AddYears(1),
        _ => throw new ArgumentOutOfRangeException(nameof(by), "no period"),
    };

    public static string Label(DateOnly start, TimeBucket by) => by switch
    {
        TimeBucket.Week or TimeBucket.Day => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeBucket.Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        TimeBucket.Quarter => $"{start.Year}-Q{(start.Month - 1) / 3 + 1}",
        TimeBucket.Year => start.Year.ToString(CultureInfo.InvariantCulture),
        _ => "all",
    };

    public static TimeBucket Parse(string s) => s.Trim().ToLowerInvariant() switch
    {
        "week" or "weekly" => TimeBucket.Week,
        "month" or "monthly" => TimeBucket.Month,
        "quarter" or "quarterly" => TimeBucket.Quarter,
        "year" or "yearly" => TimeBucket.Year,
        _ => throw new Core.ConflictWatchException($"--by: \"{s}\" is not week, month, quarter or year"),
    };
}
