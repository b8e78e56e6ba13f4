using System.Globalization;
using ConflictWatch.Core;
using Microsoft.Data.Sqlite;

namespace ConflictWatch.Store.Sqlite;

/// <summary>Human review: confirm, reject, edit, each written to the audit history in the same transaction.</summary>
public sealed partial class SqliteStore
{
    private static readonly HashSet<string> IntFields = ["time_precision", "inter1", "inter2", "iso", "geo_precision", "fatalities", "fatalities_high", "kidnapped", "evidence_start", "evidence_end"];
    private static readonly HashSet<string> RealFields = ["latitude", "longitude", "confidence"];
    private static readonly HashSet<string> RequiredFields = ["event_date", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1", "inter1", "country", "iso", "location", "latitude", "longitude", "geo_precision", "fatalities", "source", "notes", "confidence"];

    /// <summary>The field names <see cref="Edit"/> accepts (spec/events.md names).</summary>
    public static IReadOnlyList<string> EditableFields => EventRows.DataColumns;

    public void Confirm(string eventId, string user) => SetStatus(eventId, user, "confirmed", "confirm", null);

    public void Reject(string eventId, string user, string? reason = null) => SetStatus(eventId, user, "rejected", "reject", reason);

    private void SetStatus(string eventId, string user, string status, string action, string? note) => InTransaction(tx =>
    {
        var old = StatusOf(eventId, tx);
        using var cmd = Command("UPDATE events SET status = $s, updated_at = $now WHERE event_id = $id", tx);
        cmd.Parameters.AddWithValue("$s", status);
        cmd.Parameters.AddWithValue("$now", Now());
        cmd.Parameters.AddWithValue("$id", eventId);
        cmd.ExecuteNonQuery();
        Audit(eventId, user, action, "status", old, note is null ? status : $"{status} ({note})", tx);
        return 0;
    });

    public void Edit(string eventId, string user, IReadOnlyDictionary<string, string?> fields)
    {
        InvalidateCandidates(); // a person may move an event in time or space
        if (fields.Count == 0)
        {
            throw new ConflictWatchException("event edit: no fields given (e.g. --fatalities 5 --actor1 \"JNIM\")");
        }
        var parsed = fields.Select(kv => (Field: kv.Key.Trim().ToLowerInvariant(), Value: ParseField(kv.Key.Trim().ToLowerInvariant(), kv.Value))).ToList();
        InTransaction(tx =>
        {
            var status = StatusOf(eventId, tx);
            var human = new List<string>();
            using (var h = Command("SELECT human_fields FROM events WHERE event_id = $id", tx))
            {
                h.Parameters.AddWithValue("$id", eventId);
                var s = (string)h.ExecuteScalar()!;
                human.AddRange(s.Length == 0 ? [] : s.Split(','));
            }
            foreach (var (field, value) in parsed)
            {
                string? old;
                using (var get = Command($"SELECT {field} FROM events WHERE event_id = $id", tx))
                {
                    get.Parameters.AddWithValue("$id", eventId);
                    old = Convert.ToString(get.ExecuteScalar() is var o && o is DBNull ? null : o, CultureInfo.InvariantCulture);
                }
                var extra = field == "event_date" ? ", month = $month" : field == "event_type" ? ", disorder_type = $disorder" : "";
                using var up = Command($"UPDATE events SET {field} = $v{extra}, updated_at = $now WHERE event_id = $id", tx);
                up.Parameters.AddWithValue("$v", Db(value));
                up.Parameters.AddWithValue("$now", Now());
                up.Parameters.AddWithValue("$id", eventId);
                if (value is string date && field == "event_date")
                {
                    var d = ParseDate(date);
                    up.Parameters.AddWithValue("$month", d.Year * 100 + d.Month);
                }
                if (field == "event_type")
                {
                    up.Parameters.AddWithValue("$disorder", EventTypes.DisorderOf((string)value!));
                }
                up.ExecuteNonQuery();
                if (!human.Contains(field))
                {
                    human.Add(field);
                }
                Audit(eventId, user, "edit", field, old, Convert.ToString(value, CultureInfo.InvariantCulture), tx);
            }
            using var fin = Command("UPDATE events SET human_fields = $h, status = CASE status WHEN 'rejected' THEN 'rejected' ELSE 'edited' END WHERE event_id = $id", tx);
            fin.Parameters.AddWithValue("$h", string.Join(',', human));
            fin.Parameters.AddWithValue("$id", eventId);
            fin.ExecuteNonQuery();
            if (status != "edited" && status != "rejected")
            {
                Audit(eventId, user, "edit", "status", status, "edited", tx);
            }
            return 0;
        });
    }

    private static object? ParseField(string field, string? value)
    {
        if (!EventRows.DataColumns.Contains(field))
        {
            throw new ConflictWatchException($"event edit: unknown field \"{field}\"; fields are {string.Join(", ", EventRows.DataColumns)}");
        }
        if (string.IsNullOrWhiteSpace(value) || value.Equals("null", StringComparison.OrdinalIgnoreCase))
        {
            return RequiredFields.Contains(field) ? throw new ConflictWatchException($"event edit: {field} cannot be empty") : null;
        }
        var v = value.Trim();
        if (IntFields.Contains(field))
        {
            return int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 ? i : throw new ConflictWatchException($"event edit: {field} must be a whole number, not \"{v}\"");
        }
        if (RealFields.Contains(field))
        {
            return double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : throw new ConflictWatchException($"event edit: {field} must be a number, not \"{v}\"");
        }
        if (field == "event_date")
        {
            return DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? v : throw new ConflictWatchException($"event edit: event_date must be YYYY-MM-DD, not \"{v}\"");
        }
        if (field == "event_type" && !EventTypes.SubTypes.ContainsKey(v))
        {
            throw new ConflictWatchException($"event edit: \"{v}\" is not an ACLED event type ({string.Join(", ", EventTypes.SubTypes.Keys)})");
        }
        return v;
    }

    private string StatusOf(string eventId, SqliteTransaction tx)
    {
        using var cmd = Command("SELECT status FROM events WHERE event_id = $id", tx);
        cmd.Parameters.AddWithValue("$id", eventId);
        return cmd.ExecuteScalar() as string ?? throw new ConflictWatchException($"no event with id \"{eventId}\"");
    }

    private void Audit(string eventId, string user, string action, string? field, string? old, string? value, SqliteTransaction tx)
    {
        using var cmd = Command("INSERT INTO event_edits (event_id, user_name, at, action, field, old_value, new_value) VALUES ($e, $u, $at, $a, $f, $o, $n)", tx);
        cmd.Parameters.AddWithValue("$e", eventId);
        cmd.Parameters.AddWithValue("$u", user);
        cmd.Parameters.AddWithValue("$at", Now());
        cmd.Parameters.AddWithValue("$a", action);
        cmd.Parameters.AddWithValue("$f", Db(field));
        cmd.Parameters.AddWithValue("$o", Db(old));
        cmd.Parameters.AddWithValue("$n", Db(value));
        cmd.ExecuteNonQuery();
    }

    public IReadOnlyList<EditRecord> History(string eventId)
    {
        var list = new List<EditRecord>();
        using var cmd = Command("SELECT event_id, user_name, at, action, field, old_value, new_value FROM event_edits WHERE event_id = $e ORDER BY id");
        cmd.Parameters.AddWithValue("$e", eventId);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(new EditRecord(r.GetString(0), r.GetString(1), ParseTime(r.GetString(2)), r.GetString(3), Str(r, 4), Str(r, 5), Str(r, 6)));
        }
        return list;
    }
}
