namespace ConflictWatch.Store;

/// <summary>Reading events. Provider-neutral: no SQLite types, so a PostgreSQL provider can implement it.</summary>
public interface IEventStore
{
    /// <summary>Events matching the query, streamed in the query's order.</summary>
    IEnumerable<StoredEvent> Query(EventQuery query);

    /// <summary>How many events match, ignoring limit and offset.</summary>
    long Count(EventQuery query);

    /// <summary>The event with all its sources, or null when no event has that id.</summary>
    EventDetail? Get(string eventId);

    /// <summary>Events and fatalities per month and event type for one country (the basic trends table).</summary>
    /// <summary>Where events at a named location are (their mean point), for --near when the gazetteer lacks the name.</summary>
    GeoPoint? LocateByEvents(string location);

    IReadOnlyList<MonthTypeCount> CountByMonthAndType(string country, DateOnly? from = null, DateOnly? to = null);
}
