using ConflictWatch.Analysis.Trends;
using ConflictWatch.Core;
using ConflictWatch.Store;

namespace ConflictWatch.Analysis.Actors;

/// <summary>An actor's area of operations in one quarter: grid cells, the hull's area, its centre, and how it changed.</summary>
public sealed record QuarterFootprint(
    string Quarter, long Events, long Fatalities, int Cells, double HullAreaKm2, double CenterLatitude, double CenterLongitude,
    double? AreaChangePct, double? ShiftKm, string? ShiftDirection, IReadOnlyList<string> NewAdmin1);

public sealed record ActorProfile(
    string Actor, long Events, long Fatalities, DateOnly? First, DateOnly? Last,
    IReadOnlyList<(string EventType, long Events)> EventTypes,
    IReadOnlyList<(string Opponent, long Events)> Opponents,
    IReadOnlyList<QuarterFootprint> Quarters);

/// <summary>Builds an actor's profile from its events (as actor1 or actor2).</summary>
public sealed class ActorProfiler(IEventStore store)
{
    public ActorProfile Profile(string actor, EventQuery? filter = null, double cellDegrees = 0.5)
    {
        var events = store.Query((filter ?? new EventQuery()) with { Actor = actor, Limit = null, Offset = 0, Order = EventOrder.Chronological }).Select(s => s.Event).ToList();
        var types = events.GroupBy(e => e.EventType).Select(g => (g.Key, (long)g.Count())).OrderByDescending(t => t.Item2).ToList();
        var opponents = events
            .Select(e => string.Equals(e.Actor1, actor, StringComparison.OrdinalIgnoreCase) ? e.Actor2 : e.Actor1)
            .OfType<string>().GroupBy(a => a).Select(g => (g.Key, (long)g.Count())).OrderByDescending(t => t.Item2).ThenBy(t => t.Key, StringComparer.Ordinal).ToList();
        var seenAdmin1 = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var quarters = new List<QuarterFootprint>();
        QuarterFootprint? prev = null;
        foreach (var q in events.GroupBy(e => Periods.Start(e.EventDate, TimeBucket.Quarter)).OrderBy(g => g.Key))
        {
            var list = q.ToList();
            var cells = list.Select(e => ((int)Math.Floor(e.Latitude / cellDegrees), (int)Math.Floor(e.Longitude / cellDegrees))).Distinct().Count();
            var hull = Footprint.HullAreaKm2(list.Select(e => (e.Latitude, e.Longitude)).ToList());
            var lat = list.Average(e => e.Latitude);
            var lon = list.Average(e => e.Longitude);
            var fresh = list.Select(e => e.Admin1).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Where(a => seenAdmin1.Add(a)).ToList();
            double? shift = prev is null ? null : Math.Round(Geo.DistanceKm(prev.CenterLatitude, prev.CenterLongitude, lat, lon), 1);
            var fp = new QuarterFootprint(
                Periods.Label(q.Key, TimeBucket.Quarter), list.Count, list.Sum(e => (long)e.Fatalities), cells, Math.Round(hull), Math.Round(lat, 3), Math.Round(lon, 3),
                prev is null ? null : EarlyWarning.ChangePercent(hull, prev.HullAreaKm2),
                shift,
                prev is null || shift < 1 ? null : Geo.CompassPoint(Geo.BearingDegrees(prev.CenterLatitude, prev.CenterLongitude, lat, lon)),
                fresh);
            quarters.Add(fp);
            prev = fp;
        }
        return new ActorProfile(actor, events.Count, events.Sum(e => (long)e.Fatalities), events.FirstOrDefault()?.EventDate, events.LastOrDefault()?.EventDate, types, opponents, quarters);
    }
}

/// <summary>The convex hull of event points and its area on a local equal-area projection.</summary>
public static class Footprint
{
    private const double KmPerDegree = 111.195;

    public static double HullAreaKm2(IReadOnlyList<(double Lat, double Lon)> points)
    {
        if (points.Count < 3)
        {
            return 0;
        }
        var k = Math.Cos(points.Average(p => p.Lat) * Math.PI / 180);
        var pts = points.Select(p => (X: p.Lon * KmPerDegree * k, Y: p.Lat * KmPerDegree)).Distinct().OrderBy(p => p.X).ThenBy(p => p.Y).ToList();
        if (pts.Count < 3)
        {
            return 0;
        }
        static double Cross((double X, double Y) o, (double X, double Y) a, (double X, double Y) b) => (a.X - o.X) * (b.Y - o.Y) - (a.Y - o.Y) * (b.X - o.X);
        List<(double X, double Y)> Chain(IEnumerable<(double X, double Y)> ordered)
        {
            var chain = new List<(double X, double Y)>();
            foreach (var p in ordered)
            {
                while (chain.Count >= 2 && Cross(chain[^2], chain[^1], p) <= 0)
                {
                    chain.RemoveAt(chain.Count - 1);
                }
                chain.Add(p);
            }
            chain.RemoveAt(chain.Count - 1);
            return chain;
        }
        var hull = Chain(pts).Concat(Chain(Enumerable.Reverse(pts))).ToList();
        double area = 0;
        for (var i = 0; i < hull.Count; i++)
        {
            var a = hull[i];
            var b = hull[(i + 1) % hull.Count];
            area += a.X * b.Y - b.X * a.Y;
        }
        return Math.Abs(area) / 2;
    }
}
