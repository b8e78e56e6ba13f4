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

    public IEnumerable<Alert> Evaluate(AlertContext context)
    {
        var o = context.Options;
        var newIds = context.NewEvents.Select(s => s.Event.EventId).ToHashSet(StringComparer.Ordinal);
        var actors = context.Recent.Select(s => ActorNames.ArmedActor(s.Event)).OfType<string>()
            .Where(a => !ActorNames.IsUnidentified(a)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var index = new SiteIndex(context.Sites, o.ApproachRangeFactor);
        var tracks = Tracks(context, actors);
        foreach (var actor in actors)
        {
            var track = tracks[actor].Where(e => e.GeoPrecision < 3).ToList(); // capital-coded events have no real position
            if (track.Count < o.ApproachMinEvents)
            {
                continue;
            }
            var latest = track[^1];
            if (!newIds.Contains(latest.EventId))
            {
                continue;
            }
            var grid = new TrackGrid(track);
            foreach (var site in index.Near(latest.Latitude, latest.Longitude))
            {
                var range = site.RadiusKm * o.ApproachRangeFactor;
                // The latest event ends every track near the site, so a site it is out of range of is skipped
                // before the track is scanned.
                if (!SiteGeometry.MaybeWithin(site, latest.Latitude, latest.Longitude, range) || SiteGeometry.DistanceKm(site, latest.Latitude, latest.Longitude) > range)
                {
                    continue;
                }
                // Distances only while scanning; the bearing is needed for the latest event alone.
                var near = grid.Candidates(site, range).Where(e => SiteGeometry.MaybeWithin(site, e.Latitude, e.Longitude, range))
                    .Select(e => (Event: e, Km: SiteGeometry.DistanceKm(site, e.Latitude, e.Longitude)))
                    .Where(x => x.Km <= range).ToList();
                if (near.Count < o.ApproachMinEvents || near[^1].Event.EventId != latest.EventId)
                {
                    continue;
                }
                var last3 = near.TakeLast(3).Select(x => x.Km).ToList();
                var gain = near[0].Km - near[^1].Km;
                if (!(last3[0] > last3[1] && last3[1] > last3[2]) || gain < o.ApproachMinGainKm)
                {
                    continue;
                }
                var now = SiteGeometry.Measure(site, latest.Latitude, latest.Longitude);
                yield return new Alert
                {
                    Key = $"approach|{site.Id}|{actor}|{latest.EventId}",
                    Rule = Name,
                    Severity = now.DistanceKm <= site.RadiusKm ? Severity.High : Severity.Medium,
                    Site = site.Name,
                    DistanceKm = Math.Round(now.DistanceKm, 1),
                    Bearing = now.Compass,
                    Actor = actor,
                    Admin1 = latest.Admin1,
                    EventIds = near.Select(x => x.Event.EventId).ToList(),
                    Message = string.Create(CultureInfo.InvariantCulture,
                        $"{ActorNames.Short(actor)} closing in on {site.Name}: {near.Count} events since {near[0].Event.EventDate:yyyy-MM-dd}, from {near[0].Km:0} km to {now.DistanceKm:0} km ({now.Compass})"),
                };
            }
        }
    }

    /// <summary>
    /// Each actor's events (as actor1 or actor2) in the tracking window, oldest first: one read of the
    /// window shared by all actors instead of one query per actor, which read most events twice, and
    /// of these actors' track points only (building full events for the window cost most of the rule's time).
    /// </summary>
    private static Dictionary<string, List<TrackPoint>> Tracks(AlertContext context, List<string> actors)
    {
        var tracks = actors.ToDictionary(a => a, _ => new List<TrackPoint>(), StringComparer.OrdinalIgnoreCase);
        if (actors.Count == 0)
        {
            return tracks;
        }
        foreach (var e in context.Queries.TrackPoints(context.AsOf.AddDays(-context.Options.ApproachDays), context.AsOf, actors))
        {
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
    /// A track's points bucketed by one-degree cell. Each site near the latest event looks only at the
    /// cells its tracking box can reach instead of testing every point of the track (tens of thousands
    /// per actor, times every site nearby, was most of the rule's time); the candidates come back in
    /// track order and are a superset of those <see cref="SiteGeometry.MaybeWithin"/> accepts, so the
    /// caller's tests decide exactly as before.
    /// </summary>
    private sealed class TrackGrid
    {
        private const double KmPerDegree = 111.195;
        private const double Slack = 1e-9;
        private readonly List<TrackPoint> track;
        private readonly Dictionary<(int, int), List<int>> cells = [];

        public TrackGrid(List<TrackPoint> track)
        {
            this.track = track;
            for (var i = 0; i < track.Count; i++)
            {
                var key = ((int)Math.Floor(track[i].Latitude), (int)Math.Floor(track[i].Longitude));
                if (!cells.TryGetValue(key, out var list))
                {
                    cells[key] = list = [];
                }
                list.Add(i);
            }
        }

        public IEnumerable<TrackPoint> Candidates(WatchSite site, double km)
        {
            var line = site.Line is { Count: >= 2 } l ? l : null;
            var minLat = line?.Min(p => p.Latitude) ?? site.Latitude;
            var maxLat = line?.Max(p => p.Latitude) ?? site.Latitude;
            var minLon = line?.Min(p => p.Longitude) ?? site.Longitude;
            var maxLon = line?.Max(p => p.Longitude) ?? site.Longitude;
            var dLat = km / KmPerDegree + Slack;
            var lat0 = minLat - dLat;
            var lat1 = maxLat + dLat;
            var maxAbs = Math.Max(Math.Abs(lat0), Math.Abs(lat1));
            if (maxAbs >= 85 || double.IsNaN(maxAbs))
            {
                return track; // near a pole the box widens without bound: test every point
            }
            // The widest longitude reach of any point inside the latitude band (cosine is smallest there).
            var dLon = km / (KmPerDegree * Math.Cos(maxAbs * Math.PI / 180)) + Slack;
            var hits = new List<int>();
            for (var y = (int)Math.Floor(lat0); y <= (int)Math.Floor(lat1); y++)
            {
                for (var x = (int)Math.Floor(minLon - dLon); x <= (int)Math.Floor(maxLon + dLon); x++)
                {
                    if (cells.TryGetValue((y, x), out var list))
                    {
                        hits.AddRange(list);
                    }
                }
            }
            hits.Sort();
            return hits.Select(i => track[i]);
        }
    }
}
