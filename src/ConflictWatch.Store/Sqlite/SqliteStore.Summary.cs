using System.Text;

namespace ConflictWatch.Store.Sqlite;

/// <summary>
/// Aggregates answered from the monthly summary table (migration 004) when the query allows it:
/// a trend over millions of events then reads thousands of summary rows. Anything the summary cannot
/// express (weeks, actors, sub-event types, distances, day-level date bounds) goes to the events.
/// </summary>
public sealed partial class SqliteStore
{
    private List<AggregateRow>? SummaryAggregate(AggregateQuery query)
    {
        var q = query.Filter;
        if (query.Bucket is TimeBucket.Week or TimeBucket.Day || query.Groups.Contains(GroupField.Actor) || query.SubEventType is not null
            || query.CivilianTargetingOnly || !MonthSummarySql.Covers(q))
        {
            return null;
        }
        using var cmd = Command("");
        var where = new StringBuilder(" WHERE 1 = 1");
        void Add(string sql, string name, object value)
        {
            where.Append(" AND ").Append(sql);
            cmd.Parameters.AddWithValue(name, value);
        }
        if (q.From is { } from)
        {
            Add("month >= $m0", "$m0", MonthSummarySql.Month(from));
        }
        if (q.To is { } to)
        {
            Add("month <= $m1", "$m1", MonthSummarySql.Month(to));
        }
        if (!string.IsNullOrWhiteSpace(q.Country))
        {
            Add("country = $country", "$country", q.Country.Trim());
        }
        if (!string.IsNullOrWhiteSpace(q.Admin1))
        {
            Add("admin1 = $admin1", "$admin1", q.Admin1.Trim());
        }
        if (!string.IsNullOrWhiteSpace(q.EventType))
        {
            Add("event_type = $type", "$type", q.EventType.Trim());
        }
        var period = query.Bucket switch
        {
            TimeBucket.None => "0",
            TimeBucket.Month => "month",
            TimeBucket.Quarter => "(month / 100) * 100 + ((month % 100 - 1) / 3) * 3 + 1",
            TimeBucket.Year => "(month / 100) * 100 + 1",
            _ => throw new ArgumentOutOfRangeException(nameof(query)),
        };
        var cols = query.Groups.Select(g => g switch
        {
            GroupField.Country => "country",
            GroupField.Admin1 => "admin1",
            GroupField.EventType => "event_type",
            _ => throw new ArgumentOutOfRangeException(nameof(query)),
        }).ToList();
        var groups = string.Concat(cols.Select(c => ", " + c));
        var shown = string.Concat(cols.Select(c => c == "admin1" ? ", NULLIF(admin1, '')" : ", " + c));
        cmd.CommandText = $"SELECT {period} AS p{shown}, SUM(events), SUM(fatalities), SUM(kidnapped) FROM event_month_counts{where} GROUP BY p{groups} ORDER BY p{groups}";
        var rows = new List<AggregateRow>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            DateOnly? p = query.Bucket == TimeBucket.None ? null : new DateOnly(r.GetInt32(0) / 100, r.GetInt32(0) % 100, 1);
            var keys = new string?[cols.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = Str(r, i + 1);
            }
            var n = cols.Count + 1;
            rows.Add(new AggregateRow(p, keys, r.GetInt64(n), r.GetInt64(n + 1), query.WithKidnapped ? r.GetInt64(n + 2) : 0));
        }
        return rows;
    }
}
