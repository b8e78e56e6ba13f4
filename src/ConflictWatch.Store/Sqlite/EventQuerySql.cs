using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ConflictWatch.Store.Sqlite;

/// <summary>
/// Turns an <see cref="EventQuery"/> into a WHERE clause. Radius queries go through the R*Tree
/// (a bounding box) and then the exact great-circle distance, so both are cheap and correct.
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
            parts.Add("e.id IN (SELECT id FROM events_rtree WHERE min_lat >= $lat0 AND max_lat <= $lat1 AND min_lon >= $lon0 AND max_lon <= $lon1)");
            parts.Add("distance_km(e.latitude, e.longitude, $plat, $plon) <= $radius");
            cmd.Parameters.AddWithValue("$lat0", p.Latitude - dLat);
            cmd.Parameters.AddWithValue("$lat1", p.Latitude + dLat);
            cmd.Parameters.AddWithValue("$lon0", p.Longitude - dLon);
            cmd.Parameters.AddWithValue("$lon1", p.Longitude + dLon);
            cmd.Parameters.AddWithValue("$plat", p.Latitude);
            cmd.Parameters.AddWithValue("$plon", p.Longitude);
            cmd.Parameters.AddWithValue("$radius", q.RadiusKm);
        }
        return parts.Count == 0 ? "" : " WHERE " + string.Join(" AND ", parts);
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
