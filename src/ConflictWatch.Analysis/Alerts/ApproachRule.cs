using System.Globalization;
using ConflictWatch.Analysis.Watchlist;
using ConflictWatch.Store;

namespace ConflictWatch.Analysis.Alerts;

/// <summary>
/// An armed group's recent events coming closer to a site: within the tracking range (a multiple of the
/// radius), at least three events in the last 90 days whose last three get steadily nearer, the newest
/// one new and clearly closer than the first tracked.
/// </summary>
public sealed class ApproachRule : IAlertRule
{
    public string Name => "approach";

    /// <summary>Events located to a region or a country sit on its capital by convention: no real position to track.</summary>
    private const int ImpreciseGeo = 3;

    public IEnumerable<Alert> Evaluate(AlertContext context)
    {
        var o = context.Options;
        var from = context.AsOf.AddDays(-o.ApproachDays);
        var newIds = context.NewEvents.Select(s => s.Event.EventId).ToHashSet(StringComparer.Ordinal);
        var actors = context.Recent.Select(s => ActorNames.ArmedActor(s.Event)).OfType<string>()
            .Where(a => !ActorNames.IsUnidentified(a)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var index = new SiteIndex(context.Sites, o.ApproachRangeFactor);
        // Where each group was last seen decides everything else: it must be news, and only the sites in
        // tracking range of it can be approached, so only the track points around those sites are read,
        // for all groups in one pass (reading every group's whole 90-day track was most of the rule's time).
        var chases = new List<(string Actor, TrackPoint Latest, List<WatchSite> Sites)>();
        foreach (var actor in actors)
        {
            var latest = context.Queries.LatestTrackPoint(from, context.AsOf, actor, ImpreciseGeo);
            if (latest is not null && newIds.Contains(latest.EventId) && InRange(index, latest, o.ApproachRangeFactor) is { Count: > 0 } sites)
            {
                chases.Add((actor, latest, sites));
            }
        }
        if (chases.Count == 0)
        {
            return [];
        }
        var areas = chases.ConvertAll(c => new TrackArea(c.Actor, Reach(c.Sites, o.ApproachRangeFactor)));
        var tracks = Tracks(context.Queries.TrackPointsWithin(from, context.AsOf, areas), chases.ConvertAll(c => c.Actor));
        var alerts = new List<Alert>();
        foreach (var (actor, latest, sites) in chases)
        {
            foreach (var site in sites)
            {
                if (Approach(site, actor, latest, tracks[actor], o) is { } alert)
                {
                    alerts.Add(alert);
                }
            }
        }
        return alerts;
    }

    /// <summary>The sites whose tracking range (radius times the factor) holds the point, in index order.</summary>
    private static List<WatchSite> InRange(SiteIndex index, TrackPoint p, double factor)
    {
        var sites = new List<WatchSite>();
        foreach (var site in index.Near(p.Latitude, p.Longitude))
        {
            var range = site.RadiusKm * factor;
            if (SiteGeometry.MaybeWithin(site, p.Latitude, p.Longitude, range) && SiteGeometry.DistanceKm(site, p.Latitude, p.Longitude) <= range)
            {
                sites.Add(site);
            }
        }
        return sites;
    }

    /// <summary>A box holding every point the sites' range tests can accept; null (everywhere) when a site is near a pole.</summary>
    private static GeoBox? Reach(List<WatchSite> sites, double factor)
    {
        GeoBox? box = null;
        foreach (var site in sites)
        {
            if (SiteGeometry.ReachBox(site, site.RadiusKm * factor) is not { } b)
            {
                return null;
            }
            box = box is { } u ? u.Union(b) : b;
        }
        return box;
    }

    /// <summary>
    /// Each actor's precisely located points (as actor1 or actor2), oldest first. A point read for one
    /// actor's area can also belong to another's track outside that one's box; it is too far from that
    /// actor's sites to count, so keeping it changes nothing.
    /// </summary>
    private static Dictionary<string, List<TrackPoint>> Tracks(IReadOnlyList<TrackPoint> points, List<string> actors)
    {
        var tracks = actors.ToDictionary(a => a, _ => new List<TrackPoint>(), StringComparer.OrdinalIgnoreCase);
        foreach (var e in points)
        {
            if (e.GeoPrecision >= ImpreciseGeo)
            {
                continue;
            }
            if (tracks.TryGetValue(e.Actor1, out var first))
            {
                first.Add(e);
            }
            if (e.Actor2 is { } a2 && !string.Equals(a2, e.Actor1, StringComparison.OrdinalIgnoreCase) && tracks.TryGetValue(a2, out var second))
            {
                second.Add(e);
            }
        }
        return tracks;
    }

    /// <summary>
    /// The alert for one site when the track's points within range of it number enough, end with the
    /// latest event, get nearer over the last three and gained enough ground overall; else null.
    /// </summary>
    private Alert? Approach(WatchSite site, string actor, TrackPoint latest, List<TrackPoint> track, AlertOptions o)
    {
        var range = site.RadiusKm * o.ApproachRangeFactor;
        // Distances only while scanning; the bearing is needed for the latest event alone.
        var near = new List<(TrackPoint Event, double Km)>();
        foreach (var e in track)
        {
            if (SiteGeometry.MaybeWithin(site, e.Latitude, e.Longitude, range) && SiteGeometry.DistanceKm(site, e.Latitude, e.Longitude) is var km && km <= range)
            {
                near.Add((e, km));
            }
        }
        if (near.Count < o.ApproachMinEvents || near[^1].Event.EventId != latest.EventId)
        {
            return null;
        }
        var n = near.Count;
        var gain = near[0].Km - near[^1].Km;
        if (!(near[n - 3].Km > near[n - 2].Km && near[n - 2].Km > near[n - 1].Km) || gain < o.ApproachMinGainKm)
        {
            return null;
        }
        var now = SiteGeometry.Measure(site, latest.Latitude, latest.Longitude);
        return new Alert
        {
            Key = $"approach|{site.Id}|{actor}|{latest.EventId}",
            Rule = Name,
            Severity = now.DistanceKm <= site.RadiusKm ? Severity.High : Severity.Medium,
            Site = site.Name,
            DistanceKm = Math.Round(now.DistanceKm, 1),
            Bearing = now.Compass,
            Actor = actor,
            Admin1 = latest.Admin1,
            EventIds = near.ConvertAll(x => x.Event.EventId),
            Message = string.Create(CultureInfo.InvariantCulture,
                $"{ActorNames.Short(actor)} closing in on {site.Name}: {near.Count} events since {near[0].Event.EventDate:yyyy-MM-dd}, from {near[0].Km:0} km to {now.DistanceKm:0} km ({now.Compass})"),
        };
    }
}
