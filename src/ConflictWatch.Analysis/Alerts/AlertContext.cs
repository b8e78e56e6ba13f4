using ConflictWatch.Store;

namespace ConflictWatch.Analysis.Alerts;

/// <summary>Thresholds of the alert rules.</summary>
public sealed record AlertOptions
{
    /// <summary>New events older than this before the newest event are history, not news, for proximity and kidnapping alerts.</summary>
    public int NewsWindowDays { get; init; } = 30;
    /// <summary>Surge: the last window against the mean of the previous four.</summary>
    public int SurgeWindowDays { get; init; } = 30;
    public int SurgeMinEvents { get; init; } = 5;
    /// <summary>New area: the actor must have at least this many earlier events somewhere, so a fresh database is not all "first time".</summary>
    public int NewAreaMinHistory { get; init; } = 3;
    /// <summary>Approach: recent events of an actor within this multiple of a site's radius are tracked.</summary>
    public double ApproachRangeFactor { get; init; } = 3;
    public int ApproachDays { get; init; } = 90;
    public int ApproachMinEvents { get; init; } = 3;
    /// <summary>Approach: the latest event must be at least this much closer than the first tracked one.</summary>
    public double ApproachMinGainKm { get; init; } = 20;
}

/// <summary>What a rule sees: the events new since the last evaluation, the watchlist, the store and the date evaluated "as of".</summary>
public sealed record AlertContext(
    IReadOnlyList<StoredEvent> NewEvents,
    IReadOnlyList<WatchSite> Sites,
    IConflictStore Store,
    IAnalysisQueries Queries,
    DateOnly AsOf,
    AlertOptions Options)
{
    /// <summary>New events recent enough to be news (within the window before <see cref="AsOf"/>).</summary>
    public IEnumerable<StoredEvent> Recent => NewEvents.Where(e => e.Event.EventDate >= AsOf.AddDays(-Options.NewsWindowDays));
}

/// <summary>One kind of finding. A rule only proposes alerts; the engine stores them once each by key.</summary>
public interface IAlertRule
{
    string Name { get; }

    /// <summary>
    /// Whether the rule reads <see cref="AlertContext.Store"/> or <see cref="AlertContext.Queries"/>. A store
    /// serves one caller at a time, so only rules that do not (they work on the new events and the sites
    /// alone) run alongside the others.
    /// </summary>
    bool ReadsStore => true;

    IEnumerable<Alert> Evaluate(AlertContext context);
}

public static class Severity
{
    public const string Low = "low";
    public const string Medium = "medium";
    public const string High = "high";
    public const string Critical = "critical";
}
