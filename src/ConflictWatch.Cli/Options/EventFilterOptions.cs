using System.CommandLine;
using System.Globalization;
using ConflictWatch.Core;
using ConflictWatch.Extraction.Places;
using ConflictWatch.Store;

namespace ConflictWatch.Cli.Options;

/// <summary>The filters of <c>events</c>, shared with <c>export</c> (and later trends).</summary>
public sealed class EventFilterOptions
{
    public Option<string?> From { get; } = new("--from") { Description = "first day (YYYY-MM-DD)" };
    public Option<string?> To { get; } = new("--to") { Description = "last day (YYYY-MM-DD)" };
    public Option<string?> Country { get; } = new("--country") { Description = "country name (Mali, Burkina Faso, Niger)" };
    public Option<string?> Admin1 { get; } = new("--admin1") { Description = "first-level administrative unit (region, province)" };
    public Option<string?> Type { get; } = new("--type") { Description = "ACLED event type, e.g. Battles" };
    public Option<string?> Actor { get; } = new("--actor") { Description = "actor1 or actor2, exact name (case-insensitive)" };
    public Option<string?> Near { get; } = new("--near") { Description = "a place name or LAT,LON" };
    public Option<double> Radius { get; } = new("--radius") { Description = "kilometres around --near", DefaultValueFactory = _ => 50 };
    public Option<int?> MinFatalities { get; } = new("--min-fatalities") { Description = "at least this many fatalities" };
    public Option<int?> Limit { get; } = new("--limit") { Description = "at most this many events" };
    public Option<bool> IncludeRejected { get; } = new("--include-rejected") { Description = "also list events a reviewer rejected" };

    public void AddTo(Command cmd)
    {
        foreach (var o in (Option[])[From, To, Country, Admin1, Type, Actor, Near, Radius, MinFatalities, Limit, IncludeRejected])
        {
            cmd.Options.Add(o);
        }
    }

    public EventQuery Build(ParseResult pr, IEventStore store, EventOrder order, int? defaultLimit)
    {
        var near = pr.GetValue(Near);
        return new EventQuery
        {
            From = Date(pr.GetValue(From), "--from"),
            To = Date(pr.GetValue(To), "--to"),
            Country = pr.GetValue(Country),
            Admin1 = pr.GetValue(Admin1),
            EventType = pr.GetValue(Type),
            Actor = pr.GetValue(Actor),
            Near = near is null ? null : Locate(near, store),
            RadiusKm = pr.GetValue(Radius),
            MinFatalities = pr.GetValue(MinFatalities),
            Limit = pr.GetValue(Limit) ?? defaultLimit,
            IncludeRejected = pr.GetValue(IncludeRejected),
            Order = order,
        };
    }

    private static DateOnly? Date(string? s, string option) =>
        s is null ? null
        : DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new ConflictWatchException($"{option}: \"{s}\" is not a date (YYYY-MM-DD)");

    /// <summary>LAT,LON; else the gazetteer (most populous match); else where stored events at that location are.</summary>
    public static GeoPoint Locate(string near, IEventStore store)
    {
        var parts = near.Split(',');
        if (parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
        {
            return lat is >= -90 and <= 90 && lon is >= -180 and <= 180 ? new GeoPoint(lat, lon) : throw new ConflictWatchException($"--near: {near} is not a valid LAT,LON");
        }
        var place = Gazetteers.LoadDefault().Find(TextFold.Fold(near)).OrderByDescending(p => p.Population).FirstOrDefault();
        if (place is not null)
        {
            return new GeoPoint(place.Latitude, place.Longitude);
        }
        return store.LocateByEvents(near) ?? throw new ConflictWatchException($"--near: unknown place \"{near}\" (give LAT,LON)");
    }
}
