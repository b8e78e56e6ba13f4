using ConflictWatch.Core;

namespace ConflictWatch.Store;

/// <summary>
/// An event as the store holds it: the record of spec/events.md plus its review state, so callers
/// can tell machine output from values a person confirmed or set.
/// </summary>
public sealed record StoredEvent(ConflictEvent Event, string Origin, ReviewStatus Status, IReadOnlyList<string> HumanFields);

/// <summary>Review state. Rejected events stay in the store (so re-extraction cannot resurrect them) but are hidden.</summary>
public enum ReviewStatus
{
    Machine,
    Confirmed,
    Edited,
    Rejected,
}

/// <summary>One dispatch's report of an event; an event merged by dedup has several.</summary>
public sealed record EventSource(
    string DispatchId,
    string ExtractedId,
    string Source,
    string? SourceUrl,
    int Fatalities,
    int? FatalitiesHigh,
    string Notes,
    Evidence? Evidence,
    double Confidence,
    DateTimeOffset AddedAt);

/// <summary>An event with every report of it.</summary>
public sealed record EventDetail(StoredEvent Stored, IReadOnlyList<EventSource> Sources);

/// <summary>One cell of a month × event type table.</summary>
public sealed record MonthTypeCount(int Year, int Month, string EventType, int Events, long Fatalities);

/// <summary>One entry of the audit history.</summary>
public sealed record EditRecord(string EventId, string User, DateTimeOffset At, string Action, string? Field, string? OldValue, string? NewValue);
