using ConflictWatch.Core;
using ConflictWatch.Store;

namespace ConflictWatch.Analysis.Watchlist;

/// <summary>Where a point is from a site: distance in km and the bearing from the site (from the nearest point of a road).</summary>
public readonly record struct SiteOffset(double DistanceKm, double BearingDegrees)
{
    public string Compass => Geo.CompassPoint(BearingDegrees);
}

public static class SiteGeometry
{
    private const double KmPerDegree = 111.195;

    public static SiteOffset Measure(WatchSite site, double lat, double lon)
    {
        var (fromLat, fromLon) = site.Line is { Count: >= 2 } line ? NearestOnLine(line, lat, lon) : (site.Latitude, site.Longitude);
        return new SiteOffset(Geo.DistanceKm(fromLat, fromLon, lat, lon), Geo.BearingDegrees(fromLat, fromLon, lat, lon));
    }

    /// <summary>The distance part of <see cref="Measure"/> alone, for scans that need the bearing of only a few points.</summary>
    public static double DistanceKm(WatchSite site, double lat, double lon)
    {
        var (fromLat, fromLon) = site.Line is { Count: >= 2 } line ? NearestOnLine(line, lat, lon) : (site.Latitude, site.Longitude);
        return Geo.DistanceKm(fromLat, fromLon, lat, lon);
    }

    /// <summary>A cheap test that a point may be within <paramref name="km"/> of the site (a bounding box), before measuring.</summary>
    public static bool MaybeWithin(WatchSite site, double lat, double lon, double km)
    {
        var dLat = km / KmPerDegree;
        var dLon = km / (KmPerDegree * Math.Max(0.01, Math.Cos(lat * Math.PI / 180)));
        if (site.Line is { Count: >= 2 } line)
        {
            return lat >= line.Min(p => p.Latitude) - dLat && lat <= line.Max(p => p.Latitude) + dLat
                && lon >= line.Min(p => p.Longitude) - dLon && lon <= line.Max(p => p.Longitude) + dLon;
        }
        return Math.Abs(lat - site.Latitude) <= dLat && Math.Abs(lon - site.Longitude) <= dLon;
    }

    /// <summary>
    /// A box holding every point <see cref="MaybeWithin"/> accepts for this site and distance (so every point
    /// within <paramref name="km"/> of it), for reading only the events that can matter; null near a pole,
    /// where the box widens without bound. The longitude reach is the widest of any latitude in the band
    /// (the cosine is smallest there), and a little slack keeps rounding from dropping an edge point.
    /// </summary>
    public static GeoBox? ReachBox(WatchSite site, double km)
    {
        const double Slack = 1e-9;
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
            return null;
        }
        var dLon = km / (KmPerDegree * Math.Cos(maxAbs * Math.PI / 180)) + Slack;
        return new GeoBox(lat0, lat1, minLon - dLon, maxLon + dLon);
    }

    /// <summary>The nearest point of a polyline, found on a local flat projection (good over the tens of km a road segment spans).</summary>
    private static (double Lat, double Lon) NearestOnLine(IReadOnlyList<GeoPoint> line, double lat, double lon)
    {
        var k = Math.Cos(lat * Math.PI / 180);
        var best = (line[0].Latitude, line[0].Longitude);
        var bestD = double.MaxValue;
        for (var i = 0; i + 1 < line.Count; i++)
        {
            double ax = line[i].Longitude * k, ay = line[i].Latitude, bx = line[i + 1].Longitude * k, by = line[i + 1].Latitude, px = lon * k, py = lat;
            var dx = bx - ax;
            var dy = by - ay;
            var len = dx * dx + dy * dy;
            var t = len == 0 ? 0 : Math.Clamp(((px - ax) * dx + (py - ay) * dy) / len, 0, 1);
            var qx = ax + t * dx;
            var qy = ay + t * dy;
            var d = (px - qx) * (px - qx) + (py - qy) * (py - qy);
            if (d < bestD)
            {
                bestD = d;
                best = (qy, qx / k);
            }
        }
        return best;
    }
}
