using System.Globalization;
using ConflictWatch.Core;

namespace ConflictWatch.Store.Sqlite;

/// <summary>Reading events: filtered lists, one event with its sources, monthly counts.</summary>
public sealed partial class SqliteStore
{
    public IEnumerable<StoredEvent> Query(EventQuery query)
    {
        using var cmd = Command("");
        if (ActorPageSql.Applies(query))
        {
            cmd.CommandText = ActorPageSql.Build(query, cmd);
        }
        else
        {
            var where = EventQuerySql.Where(query, cmd);
            cmd.CommandText = $"SELECT {EventRows.Select} FROM events e{where}{EventQuerySql.OrderAndPage(query, cmd)}";
        }
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            yield return EventRows.Read(r);
        }
    }

    public long Count(EventQuery query)
    {
        using var cmd = Command("");
        var where = EventQuerySql.Where(query, cmd);
        cmd.CommandText = $"SELECT COUNT(*) FROM events e{where}";
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public EventDetail? Get(string eventId)
    {
        StoredEvent? stored;
        long id;
        using (var cmd = Command($"SELECT {EventRows.Select} FROM events e WHERE e.event_id = $id"))
        {
            cmd.Parameters.AddWithValue("$id", eventId);
            using var r = cmd.ExecuteReader();
            if (!r.Read())
            {
                return null;
            }
            id = r.GetInt64(0);
            stored = EventRows.Read(r);
        }
        return new EventDetail(stored, SourcesOf(id));
    }

    private List<EventSource> SourcesOf(long id)
    {
        var list = new List<EventSource>();
        using var cmd = Command("SELECT dispatch_id, extracted_id, source, source_url, fatalities, fatalities_high, notes, evidence_text, evidence_start, evidence_end, confidence, added_at FROM event_sources WHERE event_id = $id ORDER BY added_at, dispatch_id");
        cmd.Parameters.AddWithValue("$id", id);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var ev = r.IsDBNull(8) ? null : new Evidence(Str(r, 7) ?? "", r.GetInt32(8), r.GetInt32(9));
            list.Add(new EventSource(r.GetString(0), r.GetString(1), r.GetString(2), Str(r, 3), r.GetInt32(4), Int(r, 5), r.GetString(6), ev, r.GetDouble(10), ParseTime(r.GetString(11))));
        }
        return list;
    }

    public GeoPoint? LocateByEvents(string location)
    {
        using var cmd = Command("SELECT AVG(latitude), AVG(longitude), COUNT(*) FROM events WHERE fold(location) = $l AND geo_precision = 1");
        cmd.Parameters.AddWithValue("$l", TextFold.Fold(location));
        using var r = cmd.ExecuteReader();
        return r.Read() && r.GetInt64(2) > 0 ? new GeoPoint(r.GetDouble(0), r.GetDouble(1)) : null;
    }

    public IReadOnlyList<MonthTypeCount> CountByMonthAndType(string country, DateOnly? from = null, DateOnly? to = null)
    {
        // From the monthly summary (migration 004): the bounds are months, as they always were here.
        using var cmd = Command("");
        var sql = "SELECT month, event_type, SUM(events), SUM(fatalities) FROM event_month_counts WHERE country = $c";
        cmd.Parameters.AddWithValue("$c", country);
        if (from is { } f)
        {
            sql += " AND month >= $m0";
            cmd.Parameters.AddWithValue("$m0", f.Year * 100 + f.Month);
        }
        if (to is { } t)
        {
            sql += " AND month <= $m1";
            cmd.Parameters.AddWithValue("$m1", t.Year * 100 + t.Month);
        }
        cmd.CommandText = sql + " GROUP BY month, event_type ORDER BY month, event_type";
        var list = new List<MonthTypeCount>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var m = r.GetInt32(0);
            list.Add(new MonthTypeCount(m / 100, m % 100, r.GetString(1), r.GetInt32(2), r.GetInt64(3)));
        }
        return list;
    }
}
