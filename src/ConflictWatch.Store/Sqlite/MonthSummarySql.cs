namespace ConflictWatch.Store.Sqlite;

/// <summary>
/// The monthly summary table of migration 004 (<c>event_month_counts</c>): its full rebuild after a
/// big load, and when a query can be answered from it instead of the events.
/// </summary>
internal static class MonthSummarySql
{
    /// <summary>
    /// Recounts the whole summary from the events; the same grouping the migration uses, in the order
    /// of the table's key, so the grouped rows are appended rather than inserted all over the table.
    /// </summary>
    public const string Rebuild =
        "DELETE FROM event_month_counts;"
        + " INSERT INTO event_month_counts (country, admin1, month, event_type, events, fatalities, kidnapped)"
        + " SELECT country, COALESCE(admin1, '') COLLATE NOCASE, month, event_type, COUNT(*), SUM(fatalities), SUM(COALESCE(kidnapped, 0))"
        + " FROM events WHERE status <> 'rejected' GROUP BY country, month, event_type, COALESCE(admin1, '') COLLATE NOCASE";

    /// <summary>
    /// Whether <paramref name="q"/> selects whole summary cells: only country, admin1 and event type
    /// filters, rejected events excluded, and dates (if any) on month boundaries.
    /// </summary>
    public static bool Covers(EventQuery q) =>
        !q.IncludeRejected && string.IsNullOrWhiteSpace(q.Actor) && q.Near is null && q.MinFatalities is null
        && (q.From is not { } f || f.Day == 1)
        && (q.To is not { } t || t.Day == DateTime.DaysInMonth(t.Year, t.Month));

    public static int Month(DateOnly d) => d.Year * 100 + d.Month;
}
