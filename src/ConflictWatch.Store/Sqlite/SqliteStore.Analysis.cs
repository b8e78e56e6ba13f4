using System.Globalization;
using System.Text;
using ConflictWatch.Core;
using Microsoft.Data.Sqlite;

namespace ConflictWatch.Store.Sqlite;

/// <summary>Aggregates and arrival-ordered reads for analysis and alerts.</summary>
public sealed partial class SqliteStore : IAnalysisQueries
{
    public IReadOnlyList<AggregateRow> Aggregate(AggregateQuery query)
    {
        if (SummaryAggregate(query) is { } fast)
        {
            return fast;
        }
        using var cmd = Command("");
        var where = EventQuerySql.Where(query.Filter with { Limit = null, Offset = 0 }, cmd);
        var extra = new StringBuilder();
        if (query.SubEventType is { } sub)
        {
            extra.Append(" AND e.sub_event_type = $sub");
            cmd.Parameters.AddWithValue("$sub", sub);
        }
        if (query.CivilianTargetingOnly)
        {
            extra.Append(" AND e.civilian_targeting IS NOT NULL");
        }
        var filter = where.Length == 0 ? (extra.Length == 0 ? "" : " WHERE 1 = 1" + extra) : where + extra;
        var period = query.Bucket switch
        {
            TimeBucket.None => "0",
            TimeBucket.Week => "date(e.event_date, '-6 days', 'weekday 1')",
            TimeBucket.Day => "e.event_date",
            TimeBucket.Month => "e.month",
            TimeBucket.Quarter => "(e.month / 100) * 100 + ((e.month % 100 - 1) / 3) * 3 + 1",
            TimeBucket.Year => "(e.month / 100) * 100 + 1",
            _ => throw new ArgumentOutOfRangeException(nameof(query)),
        };
        var kidnapped = query.WithKidnapped ? "SUM(COALESCE(k, 0))" : "0";
        var cols = query.Groups.Select(g => g switch
        {
            GroupField.Country => "country",
            GroupField.Admin1 => "admin1",
            GroupField.EventType => "event_type",
            GroupField.Actor => "actor",
            _ => throw new ArgumentOutOfRangeException(nameof(query)),
        }).ToList();
        var groupList = string.Concat(cols.Select(c => ", " + c));
        string source;
        if (query.Groups.Contains(GroupField.Actor))
        {
            const string Inner = "e.country AS country, e.admin1 AS admin1, e.event_type AS event_type, e.fatalities AS f, e.kidnapped AS k";
            source = $"(SELECT {period} AS p, {Inner}, e.actor1 AS actor FROM events e{filter}"
                + $" UNION ALL SELECT {period} AS p, {Inner}, e.actor2 AS actor FROM events e{filter}{(filter.Length == 0 ? " WHERE" : " AND")} e.actor2 IS NOT NULL AND e.actor2 <> e.actor1)";
            cmd.CommandText = $"SELECT p{groupList}, COUNT(*), SUM(f), {kidnapped} FROM {source} GROUP BY p{groupList} ORDER BY p{groupList}";
        }
        else
        {
            var g = string.Concat(cols.Select(c => ", e." + c));
            kidnapped = query.WithKidnapped ? "SUM(COALESCE(e.kidnapped, 0))" : "0";
            cmd.CommandText = $"SELECT {period} AS p{g}, COUNT(*), SUM(e.fatalities), {kidnapped} FROM events e{filter} GROUP BY p{g} ORDER BY p{g}";
        }
        var rows = new List<AggregateRow>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            DateOnly? p = query.Bucket switch
            {
                TimeBucket.None => null,
                TimeBucket.Week or TimeBucket.Day => ParseDate(r.GetString(0)),
                TimeBucket.Year => new DateOnly(r.GetInt32(0) / 100, 1, 1),
                _ => new DateOnly(r.GetInt32(0) / 100, r.GetInt32(0) % 100, 1),
            };
            var keys = new string?[cols.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = Str(r, i + 1);
            }
            var n = cols.Count + 1;
            rows.Add(new AggregateRow(p, keys, r.GetInt64(n), r.IsDBNull(n + 1) ? 0 : r.GetInt64(n + 1), r.IsDBNull(n + 2) ? 0 : r.GetInt64(n + 2)));
        }
        return rows;
    }

    /// <summary>Read natively (<see cref="NativeQuery"/>): an alert run after a big ingest reads every new event in full.</summary>
    public IReadOnlyList<SequencedEvent> EventsAfter(long sequence, int limit)
    {
        var list = new List<SequencedEvent>();
        using var q = new NativeQuery(db, $"SELECT {EventRows.Select} FROM events e WHERE e.id > ?1 AND e.status <> 'rejected' ORDER BY e.id LIMIT ?2");
        q.Bind(1, sequence).Bind(2, limit);
        while (q.Step())
        {
            var row = q.Row;
            list.Add(new SequencedEvent(row.Long(0), EventRows.Read(row)));
        }
        return list;
    }

    public IReadOnlyList<TrackPoint> TrackPoints(DateOnly from, DateOnly to, IReadOnlyCollection<string> actors) =>
        TrackPointsWithin(from, to, [.. actors.Select(a => new TrackArea(a, null))]);

    public IReadOnlyList<TrackPoint> TrackPointsWithin(DateOnly from, DateOnly to, IReadOnlyList<TrackArea> areas)
    {
        var list = new List<TrackPoint>();
        if (areas.Count == 0)
        {
            return list;
        }
        // One condition per area; the columns' NOCASE collation applies, as for EventQuery.Actor. The unary +
        // keeps the planner off the actor indexes (their table lookups per row are what the covering date
        // index ix_events_date_track avoids) without changing the comparison; the boxes are tested on the
        // same index's columns, so the window is scanned once. Read natively: tens of thousands of rows.
        var conditions = areas.Select((area, i) =>
        {
            var p = 3 + 5 * i;
            var actor = $"(+e.actor1 = ?{p} OR +e.actor2 = ?{p})";
            return area.Within is null ? actor
                : $"({actor} AND e.latitude BETWEEN ?{p + 1} AND ?{p + 2} AND e.longitude BETWEEN ?{p + 3} AND ?{p + 4})";
        });
        using var q = new NativeQuery(db, $"SELECT {TrackColumns} FROM events e"
            + $" WHERE e.event_date >= ?1 AND e.event_date <= ?2 AND e.status <> 'rejected' AND ({string.Join(" OR ", conditions)})"
            + " ORDER BY e.event_date, e.event_id");
        q.Bind(1, Iso(from)).Bind(2, Iso(to));
        for (var i = 0; i < areas.Count; i++)
        {
            var p = 3 + 5 * i;
            q.Bind(p, areas[i].Actor);
            if (areas[i].Within is { } b)
            {
                q.Bind(p + 1, b.MinLatitude).Bind(p + 2, b.MaxLatitude).Bind(p + 3, b.MinLongitude).Bind(p + 4, b.MaxLongitude);
            }
        }
        string? lastDate = null;
        var date = default(DateOnly);
        while (q.Step())
        {
            var row = q.Row;
            // Rows come by date, so each distinct date string is parsed once.
            var d = row.Text(1);
            if (d != lastDate)
            {
                lastDate = d;
                date = ParseDate(d);
            }
            list.Add(ReadTrackPoint(row, date));
        }
        return list;
    }

    public TrackPoint? LatestTrackPoint(DateOnly from, DateOnly to, string actor, int belowGeoPrecision)
    {
        // The date index read backwards; only the last day's rows are sorted by event id.
        using var cmd = Command($"SELECT {TrackColumns} FROM events e"
            + " WHERE e.event_date >= $from AND e.event_date <= $to AND e.status <> 'rejected' AND (+e.actor1 = $a OR +e.actor2 = $a) AND e.geo_precision < $p"
            + " ORDER BY e.event_date DESC, e.event_id DESC LIMIT 1");
        cmd.Parameters.AddWithValue("$from", Iso(from));
        cmd.Parameters.AddWithValue("$to", Iso(to));
        cmd.Parameters.AddWithValue("$a", actor);
        cmd.Parameters.AddWithValue("$p", belowGeoPrecision);
        using var r = cmd.ExecuteReader();
        return r.Read() ? ReadTrackPoint(new ReaderColumns(r), ParseDate(r.GetString(1))) : null;
    }

    private const string TrackColumns = "e.event_id, e.event_date, e.actor1, e.actor2, e.latitude, e.longitude, e.geo_precision, e.admin1";

    private static TrackPoint ReadTrackPoint<T>(T r, DateOnly date)
        where T : IColumns =>
        new(r.Text(0), date, r.Text(2), r.TextOrNull(3), r.Real(4), r.Real(5), r.Int(6), r.TextOrNull(7));

    public long LatestSequence()
    {
        using var cmd = Command("SELECT COALESCE(MAX(id), 0) FROM events");
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public DateOnly? LatestEventDate()
    {
        using var cmd = Command("SELECT MAX(event_date) FROM events WHERE status <> 'rejected'");
        return cmd.ExecuteScalar() is string s ? ParseDate(s) : null;
    }

    public bool ActorSeenIn(string actor, string country, string admin1, DateOnly before)
    {
        using var cmd = Command("SELECT EXISTS (SELECT 1 FROM events WHERE actor1 = $a AND country = $c AND admin1 = $r AND event_date < $d AND status <> 'rejected')"
            + " OR EXISTS (SELECT 1 FROM events WHERE actor2 = $a AND country = $c AND admin1 = $r AND event_date < $d AND status <> 'rejected')");
        cmd.Parameters.AddWithValue("$a", actor);
        cmd.Parameters.AddWithValue("$c", country);
        cmd.Parameters.AddWithValue("$r", admin1);
        cmd.Parameters.AddWithValue("$d", Iso(before));
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture) != 0;
    }

    public IReadOnlyList<Claim> Claims(string? unit = null)
    {
        var list = new List<Claim>();
        using var cmd = Command("SELECT dispatch_id, claim_id, quantity, qualifier, unit, period_start, period_end, area, actor, attributed_to, evidence_text, evidence_start, evidence_end FROM claims"
            + (unit is null ? "" : " WHERE unit = $u") + " ORDER BY period_start, unit, dispatch_id, claim_id");
        if (unit is not null)
        {
            cmd.Parameters.AddWithValue("$u", unit);
        }
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(new Claim
            {
                DispatchId = r.GetString(0), ClaimId = r.GetString(1), Quantity = r.GetDouble(2), Qualifier = Str(r, 3), Unit = r.GetString(4),
                PeriodStart = ParseDate(r.GetString(5)), PeriodEnd = ParseDate(r.GetString(6)), Area = r.GetString(7), Actor = Str(r, 8), AttributedTo = Str(r, 9),
                Evidence = r.IsDBNull(11) ? null : new Evidence(Str(r, 10) ?? "", r.GetInt32(11), r.GetInt32(12)),
            });
        }
        return list;
    }
}
