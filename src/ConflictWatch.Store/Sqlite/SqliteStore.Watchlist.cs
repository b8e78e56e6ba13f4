using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ConflictWatch.Store.Sqlite;

/// <summary>Watch sites, alerts and analysis bookkeeping (schema v3).</summary>
public sealed partial class SqliteStore : IWatchlistStore
{
    private const string SiteColumns = "id, name, kind, country, latitude, longitude, line, radius_km, label, source, external_id";
    private const string AlertColumns = "id, alert_key, rule, severity, site, distance_km, bearing, actor, admin1, event_ids, message, raised_at, acked_at, acked_by";

    public long UpsertSite(WatchSite site)
    {
        if (site.RadiusKm <= 0)
        {
            throw new Core.ConflictWatchException($"watch site {site.Name}: the radius must be positive");
        }
        return InTransaction(tx =>
        {
            if (site.ExternalId is not null)
            {
                using var find = Command("SELECT id FROM watch_sites WHERE source = $s AND external_id = $x", tx);
                find.Parameters.AddWithValue("$s", site.Source);
                find.Parameters.AddWithValue("$x", site.ExternalId);
                if (find.ExecuteScalar() is long existing)
                {
                    using var upd = Command("UPDATE watch_sites SET name = $name, kind = $kind, country = $country, latitude = $lat, longitude = $lon, line = $line, radius_km = $radius, label = $label WHERE id = $id", tx);
                    BindSite(upd, site);
                    upd.Parameters.AddWithValue("$id", existing);
                    upd.ExecuteNonQuery();
                    return existing;
                }
            }
            using var ins = Command("INSERT INTO watch_sites (name, kind, country, latitude, longitude, line, radius_km, label, source, external_id, created_at) VALUES ($name, $kind, $country, $lat, $lon, $line, $radius, $label, $source, $ext, $now) RETURNING id", tx);
            BindSite(ins, site);
            ins.Parameters.AddWithValue("$source", site.Source);
            ins.Parameters.AddWithValue("$ext", Db(site.ExternalId));
            ins.Parameters.AddWithValue("$now", Now());
            return Convert.ToInt64(ins.ExecuteScalar(), CultureInfo.InvariantCulture);
        });
    }

    private static void BindSite(SqliteCommand cmd, WatchSite s)
    {
        cmd.Parameters.AddWithValue("$name", s.Name);
        cmd.Parameters.AddWithValue("$kind", s.Kind);
        cmd.Parameters.AddWithValue("$country", Db(s.Country));
        cmd.Parameters.AddWithValue("$lat", s.Latitude);
        cmd.Parameters.AddWithValue("$lon", s.Longitude);
        cmd.Parameters.AddWithValue("$line", Db(s.Line is null ? null : string.Join(";", s.Line.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Latitude} {p.Longitude}")))));
        cmd.Parameters.AddWithValue("$radius", s.RadiusKm);
        cmd.Parameters.AddWithValue("$label", Db(s.Label));
    }

    public IReadOnlyList<WatchSite> Sites()
    {
        var list = new List<WatchSite>();
        using var cmd = Command($"SELECT {SiteColumns} FROM watch_sites ORDER BY id");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(new WatchSite
            {
                Id = r.GetInt64(0), Name = r.GetString(1), Kind = r.GetString(2), Country = Str(r, 3), Latitude = r.GetDouble(4), Longitude = r.GetDouble(5),
                Line = r.IsDBNull(6) ? null : ParseLine(r.GetString(6)), RadiusKm = r.GetDouble(7), Label = Str(r, 8), Source = r.GetString(9), ExternalId = Str(r, 10),
            });
        }
        return list;
    }

    private static GeoPoint[] ParseLine(string s) =>
        s.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p =>
        {
            var xy = p.Split(' ');
            return new GeoPoint(double.Parse(xy[0], CultureInfo.InvariantCulture), double.Parse(xy[1], CultureInfo.InvariantCulture));
        }).ToArray();

    public bool RemoveSite(long id)
    {
        using var cmd = Command("DELETE FROM watch_sites WHERE id = $id");
        cmd.Parameters.AddWithValue("$id", id);
        return cmd.ExecuteNonQuery() > 0;
    }

    public Alert? Raise(Alert alert) => RaiseAll([alert]) is [var one] ? one : null;

    /// <summary>
    /// All findings in one transaction through one native prepared insert (<see cref="RawAlertInsert"/>):
    /// a run after a big ingest can raise tens of thousands. Rows changed tell whether the key was new and
    /// the id comes from the connection; the timestamp text is formatted once per distinct time (an
    /// evaluation stamps all its findings alike).
    /// </summary>
    public IReadOnlyList<Alert> RaiseAll(IEnumerable<Alert> alerts) => InTransaction(_ =>
    {
        using var insert = new RawAlertInsert(db);
        var raised = new List<Alert>();
        var stamped = default(DateTimeOffset);
        var stampText = "";
        foreach (var alert in alerts)
        {
            var raisedAt = alert.RaisedAt == default ? time.GetUtcNow() : alert.RaisedAt;
            if (raisedAt != stamped || stampText.Length == 0 || raisedAt.Offset != stamped.Offset)
            {
                stamped = raisedAt;
                stampText = raisedAt.ToString("O", CultureInfo.InvariantCulture);
            }
            if (insert.Execute(alert, stampText) is { } id)
            {
                raised.Add(alert with { Id = id, RaisedAt = raisedAt });
            }
        }
        return raised;
    });

    public IReadOnlyList<Alert> Alerts(bool includeAcknowledged = false, int? limit = null)
    {
        var list = new List<Alert>();
        using var cmd = Command($"SELECT {AlertColumns} FROM alerts" + (includeAcknowledged ? "" : " WHERE acked_at IS NULL") + " ORDER BY id DESC" + (limit is null ? "" : " LIMIT $n"));
        if (limit is { } n)
        {
            cmd.Parameters.AddWithValue("$n", n);
        }
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(new Alert
            {
                Id = r.GetInt64(0), Key = r.GetString(1), Rule = r.GetString(2), Severity = r.GetString(3), Site = Str(r, 4),
                DistanceKm = r.IsDBNull(5) ? null : r.GetDouble(5), Bearing = Str(r, 6), Actor = Str(r, 7), Admin1 = Str(r, 8),
                EventIds = r.GetString(9).Split(' ', StringSplitOptions.RemoveEmptyEntries), Message = r.GetString(10),
                RaisedAt = ParseTime(r.GetString(11)), AcknowledgedAt = r.IsDBNull(12) ? null : ParseTime(r.GetString(12)), AcknowledgedBy = Str(r, 13),
            });
        }
        return list;
    }

    public bool Acknowledge(long id, string user)
    {
        using var cmd = Command("UPDATE alerts SET acked_at = $at, acked_by = $u WHERE id = $id AND acked_at IS NULL");
        cmd.Parameters.AddWithValue("$at", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        cmd.Parameters.AddWithValue("$u", user);
        cmd.Parameters.AddWithValue("$id", id);
        return cmd.ExecuteNonQuery() > 0;
    }

    public string? GetState(string name)
    {
        using var cmd = Command("SELECT value FROM analysis_state WHERE name = $n");
        cmd.Parameters.AddWithValue("$n", name);
        return cmd.ExecuteScalar() as string;
    }

    public void SetState(string name, string value)
    {
        using var cmd = Command("INSERT INTO analysis_state (name, value) VALUES ($n, $v) ON CONFLICT(name) DO UPDATE SET value = excluded.value");
        cmd.Parameters.AddWithValue("$n", name);
        cmd.Parameters.AddWithValue("$v", value);
        cmd.ExecuteNonQuery();
    }
}
