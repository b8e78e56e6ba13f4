using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ConflictWatch.Store.Sqlite;

/// <summary>
/// Turns an <see cref="EventQuery"/> into a WHERE clause. Radius queries look up the grid cells of
/// the circle's bounding box in the covering cell index and then test the distance (great-circle
/// where it matters) on the index entries, so both are cheap and correct.
/// </summary>
internal static class EventQuerySql
{
    private const double KmPerDegree = 111.195;

    public static string Where(EventQuery q, SqliteCommand cmd)
    {
        var parts = new List<string>();
        void Add(string sql, string name, object value)
        {
            parts.Add(sql);
            cmd.Parameters.AddWithValue(name, value);
        }
        if (!q.IncludeRejected)
        {
            parts.Add("e.status <> 'rejected'");
        }
        if (q.From is { } from)
        {
            Add("e.event_date >= $from", "$from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (q.To is { } to)
        {
            Add("e.event_date <= $to", "$to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (!string.IsNullOrWhiteSpace(q.Country))
        {
            Add("e.country = $country", "$country", q.Country.Trim());
        }
        if (!string.IsNullOrWhiteSpace(q.Admin1))
        {
            Add("e.admin1 = $admin1", "$admin1", q.Admin1.Trim());
        }
        if (!string.IsNullOrWhiteSpace(q.EventType))
        {
            Add("e.event_type = $type", "$type", q.EventType.Trim());
        }
        if (!string.IsNullOrWhiteSpace(q.Actor))
        {
            Add("(e.actor1 = $actor OR e.actor2 = $actor)", "$actor", q.Actor.Trim());
        }
        if (q.MinFatalities is { } minFat)
        {
            Add("e.fatalities >= $minfat", "$minfat", minFat);
        }
        if (q.Near is { } p)
        {
            var dLat = q.RadiusKm / KmPerDegree;
            var dLon = q.RadiusKm / (KmPerDegree * Math.Max(0.01, Math.Cos(p.Latitude * Math.PI / 180)));
            if (GridCells.Covering(p.Latitude, p.Longitude, dLat, dLon) is { } cells)
            {
                parts.Add("e.cell IN " + cells);
            }
            parts.Add("e.latitude BETWEEN $lat0 AND $lat1");
            parts.Add(CircleSql(p, q.RadiusKm, dLat, cmd));
            cmd.Parameters.AddWithValue("$lat0", p.Latitude - dLat);
            cmd.Parameters.AddWithValue("$lat1", p.Latitude + dLat);
            cmd.Parameters.AddWithValue("$plat", p.Latitude);
            cmd.Parameters.AddWithValue("$plon", p.Longitude);
            cmd.Parameters.AddWithValue("$radius", q.RadiusKm);
        }
        return parts.Count == 0 ? "" : " WHERE " + string.Join(" AND ", parts);
    }

    /// <summary>
    /// Inside the circle, deciding most rows with plain arithmetic: a flat-earth distance (longitude
    /// scaled at the centre's latitude) is within a relative error <c>band</c> of the great-circle one
    /// across the bounding box, so only rows in that thin ring call the exact (managed, per-row)
    /// distance_km. Thousands of callbacks per radius query cost more than the index search itself.
    /// </summary>
    private static string CircleSql(GeoPoint p, double radiusKm, double dLat, SqliteCommand cmd)
    {
        var exact = "distance_km(e.latitude, e.longitude, $plat, $plon) <= $radius";
        var far = Math.Abs(p.Latitude) + dLat;
        if (far >= 80)
        {
            return exact;
        }
        var cosCentre = Math.Cos(p.Latitude * Math.PI / 180);
        var band = 2 * (cosCentre / Math.Cos(far * Math.PI / 180) - 1 + Math.Pow(radiusKm / 6371.0, 2) + 0.002);
        cmd.Parameters.AddWithValue("$kx", KmPerDegree * cosCentre);
        cmd.Parameters.AddWithValue("$inner2", Math.Pow(radiusKm * (1 - band), 2));
        cmd.Parameters.AddWithValue("$outer2", Math.Pow(radiusKm * (1 + band), 2));
        const string flat2 = "((e.latitude - $plat) * 111.195 * (e.latitude - $plat) * 111.195 + (e.longitude - $plon) * $kx * (e.longitude - $plon) * $kx)";
        return $"CASE WHEN {flat2} <= $inner2 THEN 1 WHEN {flat2} > $outer2 THEN 0 ELSE {exact} END";
    }

    public static string OrderAndPage(EventQuery q, SqliteCommand cmd)
    {
        var order = q.Order == EventOrder.Chronological
            ? " ORDER BY e.event_date, e.event_id"
            : " ORDER BY e.event_date DESC, e.id DESC";
        if (q.Limit is { } limit)
        {
            cmd.Parameters.AddWithValue("$limit", limit);
            cmd.Parameters.AddWithValue("$offset", q.Offset);
            return order + " LIMIT $limit OFFSET $offset";
        }
        return order;
    }
}
