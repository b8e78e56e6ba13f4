namespace ConflictWatch.Store;

/// <summary>
/// The filters shared by <c>events</c>, <c>export</c> and (later) trends and the API. A null filter
/// does not restrict. <see cref="Near"/> with <see cref="RadiusKm"/> selects by great-circle distance.
/// </summary>
public sealed record EventQuery
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Country { get; init; }
    public string? Admin1 { get; init; }
    public string? EventType { get; init; }
    /// <summary>Matches actor1 or actor2 (case-insensitive).</summary>
    public string? Actor { get; init; }
    public GeoPoint? Near { get; init; }
    public double RadiusKm { get; init; } = 50;
    public int? MinFatalities { get; init; }
    /// <summary>Rejected events are hidden unless asked for (review screens want them).</summary>
    public bool IncludeRejected { get; init; }
    public int? Limit { get; init; }
    public int Offset { get; init; }
    /// <summary>Newest first for people; chronological (then by id) for exports, which must be reproducible.</summary>
    public EventOrder Order { get; init; } = EventOrder.NewestFirst;
}

public enum EventOrder
{
    NewestFirst,
    Chronological,
}

/// <summary>A WGS84 point.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude);
