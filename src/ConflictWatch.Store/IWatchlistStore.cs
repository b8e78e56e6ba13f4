namespace ConflictWatch.Store;

/// <summary>Sites to watch and the alerts raised about them. Provider-neutral, like <see cref="IEventStore"/>.</summary>
public interface IWatchlistStore
{
    /// <summary>Adds a site, or updates it when a site with the same source and external id exists; returns its id.</summary>
    long UpsertSite(WatchSite site);

    IReadOnlyList<WatchSite> Sites();

    bool RemoveSite(long id);

    /// <summary>Stores an alert unless one with the same key exists; returns it with its id, or null when it was already raised.</summary>
    Alert? Raise(Alert alert);

    /// <summary>Stores many alerts in one transaction; returns those that were new, with their ids.</summary>
    IReadOnlyList<Alert> RaiseAll(IEnumerable<Alert> alerts);

    IReadOnlyList<Alert> Alerts(bool includeAcknowledged = false, int? limit = null);

    bool Acknowledge(long id, string user);

    /// <summary>A small named value of analysis bookkeeping (null when never set).</summary>
    string? GetState(string name);

    void SetState(string name, string value);
}

/// <summary>
/// A place someone is responsible for. A road segment has <see cref="Line"/> (its points in order);
/// its <see cref="Latitude"/>/<see cref="Longitude"/> are then its first point.
/// </summary>
public sealed record WatchSite
{
    public long Id { get; init; }
    public required string Name { get; init; }
    public required string Kind { get; init; }
    public string? Country { get; init; }
    public double Latitude { get; init; }
    public double Longitude { get; init; }
    public IReadOnlyList<GeoPoint>? Line { get; init; }
    public double RadiusKm { get; init; }
    public string? Label { get; init; }
    public string Source { get; init; } = "user";
    public string? ExternalId { get; init; }
}

/// <summary>One finding of alert evaluation. <see cref="Key"/> makes it idempotent.</summary>
public sealed record Alert
{
    public long Id { get; init; }
    public required string Key { get; init; }
    public required string Rule { get; init; }
    public required string Severity { get; init; }
    public string? Site { get; init; }
    public double? DistanceKm { get; init; }
    public string? Bearing { get; init; }
    public string? Actor { get; init; }
    public string? Admin1 { get; init; }
    public IReadOnlyList<string> EventIds { get; init; } = [];
    public required string Message { get; init; }
    public DateTimeOffset RaisedAt { get; init; }
    public DateTimeOffset? AcknowledgedAt { get; init; }
    public string? AcknowledgedBy { get; init; }
}
