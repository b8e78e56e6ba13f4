using ConflictWatch.Store;

namespace ConflictWatch.Analysis.Watchlist;

/// <summary>
/// Sites bucketed by one-degree cells of the area their radius (times a factor) covers, so a point is
/// only measured against the sites that can reach it.
/// </summary>
public sealed class SiteIndex
{
    private const double KmPerDegree = 111.195;
    private readonly Dictionary<(int, int), List<WatchSite>> cells = [];

    public SiteIndex(IEnumerable<WatchSite> sites, double radiusFactor = 1)
    {
        foreach (var s in sites)
        {
            var km = s.RadiusKm * radiusFactor;
            var lats = s.Line is { Count: >= 2 } l ? l.Select(p => p.Latitude).ToList() : [s.Latitude];
            var lons = s.Line is { Count: >= 2 } m ? m.Select(p => p.Longitude).ToList() : [s.Longitude];
            var dLat = km / KmPerDegree;
            var maxAbsLat = Math.Min(89, Math.Max(Math.Abs(lats.Min() - dLat), Math.Abs(lats.Max() + dLat)));
            var dLon = km / (KmPerDegree * Math.Max(0.01, Math.Cos(maxAbsLat * Math.PI / 180)));
            for (var y = (int)Math.Floor(lats.Min() - dLat); y <= (int)Math.Floor(lats.Max() + dLat); y++)
            {
                for (var x = (int)Math.Floor(lons.Min() - dLon); x <= (int)Math.Floor(lons.Max() + dLon); x++)
                {
                    if (!cells.TryGetValue((y, x), out var list))
                    {
                        cells[(y, x)] = list = [];
                    }
                    list.Add(s);
                }
            }
        }
    }

    /// <summary>The sites that may be within reach of the point (a superset; measure each).</summary>
    public IReadOnlyList<WatchSite> Near(double lat, double lon) =>
        cells.TryGetValue(((int)Math.Floor(lat), (int)Math.Floor(lon)), out var list) ? list : [];
}
