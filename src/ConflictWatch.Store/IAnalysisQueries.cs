using ConflictWatch.Core;

namespace ConflictWatch.Store;

/// <summary>
/// The reads analysis needs beyond <see cref="IEventStore"/>: aggregates computed where the data is,
/// events in arrival order (for incremental alert evaluation) and all stored claims.
/// </summary>
public interface IAnalysisQueries
{
    /// <summary>Counts, fatalities and (when asked) people kidnapped per period and group.</summary>
    IReadOnlyList<AggregateRow> Aggregate(AggregateQuery query);

    /// <summary>Events stored after <paramref name="sequence"/> (an arrival counter), oldest first, at most <paramref name="limit"/>.</summary>
    IReadOnlyList<SequencedEvent> EventsAfter(long sequence, int limit);

    /// <summary>The arrival counter of the newest stored event (0 when there are none).</summary>
    long LatestSequence();

    /// <summary>The date of the newest event that is not rejected, or null for an empty store.</summary>
    DateOnly? LatestEventDate();

    /// <summary>Whether <paramref name="actor"/> (as actor1 or actor2) has an event in <paramref name="admin1"/> dated before <paramref name="before"/>.</summary>
    bool ActorSeenIn(string actor, string country, string admin1, DateOnly before);

    /// <summary>Every stored claim, optionally of one unit, by period.</summary>
    IReadOnlyList<Claim> Claims(string? unit = null);

    /// <summary>
    /// Where and when each event (not rejected) of <paramref name="actors"/> (as actor1 or actor2, case
    /// ignored as in <see cref="EventQuery.Actor"/>) from <paramref name="from"/> to <paramref name="to"/>
    /// took place, ordered by date then event id: the few columns movement tracking needs, so a window
    /// of tens of thousands of events is read without building full events.
    /// </summary>
    IReadOnlyList<TrackPoint> TrackPoints(DateOnly from, DateOnly to, IReadOnlyCollection<string> actors);

    /// <summary>
    /// As <see cref="TrackPoints"/>, but each actor's points
    /// only inside its area's box (anywhere when it has none), in one read: a question about a few places
    /// needs no more. A point of two actors comes once, when it is inside the box of either.
    /// </summary>
    IReadOnlyList<TrackPoint> TrackPointsWithin(DateOnly from, DateOnly to, IReadOnlyList<TrackArea> areas);

    /// <summary>
    /// The last point of <paramref name="actor"/>'s track (in the order of <see cref="TrackPoints"/>) among
    /// events located more precisely than <paramref name="belowGeoPrecision"/>, or null: where a group was
    /// last seen, found without reading its whole track.
    /// </summary>
    TrackPoint? LatestTrackPoint(DateOnly from, DateOnly to, string actor, int belowGeoPrecision);
}

/// <summary>The position, date and actors of one event (see <see cref="IAnalysisQueries.TrackPoints"/>).</summary>
public sealed record TrackPoint(string EventId, DateOnly EventDate, string Actor1, string? Actor2, double Latitude, double Longitude, int GeoPrecision, string? Admin1);

/// <summary>Where to read an actor's track (see <see cref="IAnalysisQueries.TrackPointsWithin"/>); no box means everywhere.</summary>
public sealed record TrackArea(string Actor, GeoBox? Within);

/// <summary>A latitude/longitude rectangle in degrees, edges included (it does not wrap at ±180°).</summary>
public readonly record struct GeoBox(double MinLatitude, double MaxLatitude, double MinLongitude, double MaxLongitude)
{
    /// <summary>The smallest box holding both.</summary>
    public GeoBox Union(GeoBox other) => new(Math.Min(MinLatitude, other.MinLatitude), Math.Max(MaxLatitude, other.MaxLatitude),
        Math.Min(MinLongitude, other.MinLongitude), Math.Max(MaxLongitude, other.MaxLongitude));

    public bool Contains(double lat, double lon) => lat >= MinLatitude && lat <= MaxLatitude && lon >= MinLongitude && lon <= MaxLongitude;
}

public enum TimeBucket
{
    None,
    Week,
    Month,
    Quarter,
    Year,
    /// <summary>Per day (appended last so stored or serialised values of the others keep their numbers).</summary>
    Day,
}

public enum GroupField
{
    Country,
    Admin1,
    EventType,
    Actor,
}

/// <summary>
/// What to aggregate: the events <see cref="Filter"/> selects (its limit, offset and order are ignored),
/// narrowed by sub-event type or civilian targeting, per <see cref="Bucket"/> and <see cref="Groups"/>.
/// Grouping by actor counts an event for actor1 and for actor2.
/// </summary>
public sealed record AggregateQuery
{
    public EventQuery Filter { get; init; } = new();
    public TimeBucket Bucket { get; init; } = TimeBucket.Month;
    public IReadOnlyList<GroupField> Groups { get; init; } = [];
    public string? SubEventType { get; init; }
    public bool CivilianTargetingOnly { get; init; }
    /// <summary>Also sum <c>kidnapped</c> (needs the table rows, so only when asked).</summary>
    public bool WithKidnapped { get; init; }
}

/// <summary>
/// One aggregate cell. <see cref="Period"/> is the period's first day (weeks start on Monday);
/// <see cref="Keys"/> are the group values in the order of the query's groups.
/// </summary>
public sealed record AggregateRow(DateOnly? Period, IReadOnlyList<string?> Keys, long Events, long Fatalities, long Kidnapped);

/// <summary>An event with its arrival counter.</summary>
public sealed record SequencedEvent(long Sequence, StoredEvent Stored);
