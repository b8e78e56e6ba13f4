using System.Text.Json;
using ConflictWatch.Core;
using ConflictWatch.Extraction;
using ConflictWatch.Store.Dedup;
using Microsoft.Data.Sqlite;

namespace ConflictWatch.Store.Sqlite;

/// <summary>
/// Saving a dispatch with what was extracted from it: all in one transaction, so a crash leaves
/// either the old version or the new one, never half of it.
/// </summary>
public sealed partial class SqliteStore
{

    private sealed record Existing(long Id, string DispatchId, string Hash);

    public DispatchChange Classify(Dispatch dispatch, string contentHash)
    {
        var existing = FindExisting(dispatch, null);
        if (existing is not null)
        {
            return existing.Hash == contentHash ? DispatchChange.Unchanged : DispatchChange.Updated;
        }
        return HashKnown(contentHash, null) ? DispatchChange.Unchanged : DispatchChange.New;
    }

    public SaveOutcome Save(ExtractionResult result, string contentHash)
    {
        try
        {
            return InTransaction(tx => SaveIn(result, contentHash, tx));
        }
        catch
        {
            InvalidateCandidates(); // it may list events the rollback removed
            throw;
        }
    }

    private SaveOutcome SaveIn(ExtractionResult result, string contentHash, SqliteTransaction tx)
    {
        var d = result.Dispatch;
        var existing = FindExisting(d, tx);
        if (existing is null && HashKnown(contentHash, tx) || existing?.Hash == contentHash)
        {
            return new SaveOutcome(DispatchChange.Unchanged, 0, 0, 0);
        }
        var now = Now();
        string key;
        if (existing is not null)
        {
            key = existing.DispatchId;
            RemoveMachineOutput(key, tx);
            var up = Prepared("UPDATE dispatches SET url = $url, source = $source, title = $title, published = $published, format = $format, content_hash = $hash, text = $text, normalised_text = $norm, country = $country, year = $year, version = version + 1, updated_at = $now WHERE id = $id", tx);
            BindDispatch(up, result, contentHash, now);
            up.Parameters.AddWithValue("$id", existing.Id);
            up.ExecuteNonQuery();
        }
        else
        {
            key = d.Id;
            var ins = Prepared("INSERT INTO dispatches (id, dispatch_id, url, source, title, published, format, content_hash, text, normalised_text, country, year, ingested_at, updated_at) VALUES ($id, $key, $url, $source, $title, $published, $format, $hash, $text, $norm, $country, $year, $now, $now)", tx);
            BindDispatch(ins, result, contentHash, now);
            ins.Parameters.AddWithValue("$id", NewId("dispatches"));
            ins.Parameters.AddWithValue("$key", key);
            ins.ExecuteNonQuery();
        }

        int added = 0, merged = 0;
        var touched = new HashSet<long>();
        foreach (var e0 in result.Events)
        {
            var e = e0 with { DispatchId = key, Source = e0.Source.Length > 0 ? e0.Source : d.Source ?? "", SourceUrl = e0.SourceUrl ?? d.Url };
            var match = FindSameIncident(e, key, touched, tx);
            if (match is { } m)
            {
                AddSource(m, e, now, tx);
                Reconcile(m, tx);
                touched.Add(m);
                merged++;
            }
            else
            {
                var id = InsertExtracted(e, key, now, tx);
                AddSource(id, e, now, tx);
                touched.Add(id);
                added++;
            }
        }
        foreach (var c in result.Claims)
        {
            InsertClaim(c, key, tx);
        }
        return new SaveOutcome(existing is null ? DispatchChange.New : DispatchChange.Updated, added, merged, result.Claims.Count);
    }

    private Existing? FindExisting(Dispatch d, SqliteTransaction? tx)
    {
        var cmd = Prepared("SELECT id, dispatch_id, content_hash FROM (SELECT id, dispatch_id, content_hash, 0 AS k FROM dispatches WHERE dispatch_id = $id UNION ALL SELECT id, dispatch_id, content_hash, 1 FROM dispatches WHERE $url IS NOT NULL AND url = $url) ORDER BY k LIMIT 1", tx);
        cmd.Parameters.AddWithValue("$id", d.Id);
        cmd.Parameters.AddWithValue("$url", Db(d.Url));
        using var r = cmd.ExecuteReader();
        return r.Read() ? new Existing(r.GetInt64(0), r.GetString(1), r.GetString(2)) : null;
    }

    private bool HashKnown(string hash, SqliteTransaction? tx)
    {
        var cmd = Prepared("SELECT 1 FROM dispatches WHERE content_hash = $h LIMIT 1", tx);
        cmd.Parameters.AddWithValue("$h", hash);
        return cmd.ExecuteScalar() is not null;
    }

    private static void BindDispatch(SqliteCommand cmd, ExtractionResult result, string hash, string now)
    {
        var d = result.Dispatch;
        var published = d.Published ?? result.Published;
        cmd.Parameters.AddWithValue("$url", Db(d.Url));
        cmd.Parameters.AddWithValue("$source", Db(d.Source));
        cmd.Parameters.AddWithValue("$title", Db(result.Title ?? d.Title));
        cmd.Parameters.AddWithValue("$published", published is { } p ? Iso(p) : DBNull.Value);
        cmd.Parameters.AddWithValue("$format", d.Format.ToString());
        cmd.Parameters.AddWithValue("$hash", hash);
        cmd.Parameters.AddWithValue("$text", d.Text);
        cmd.Parameters.AddWithValue("$norm", result.NormalisedText);
        cmd.Parameters.AddWithValue("$now", now);
        var (country, year) = ArchivePlace(result);
        cmd.Parameters.AddWithValue("$country", Db(country));
        cmd.Parameters.AddWithValue("$year", Db(year));
    }

    /// <summary>
    /// Before a new version is saved: its claims go, and so do the reports it gave of events, except
    /// on events a person touched (confirmed, edited, rejected), which keep everything. An event left
    /// without any report is deleted; one still reported by other dispatches is reconciled.
    /// </summary>
    private void RemoveMachineOutput(string dispatchId, SqliteTransaction tx)
    {
        var delClaims = Prepared("DELETE FROM claims WHERE dispatch_id = $d", tx);
        delClaims.Parameters.AddWithValue("$d", dispatchId);
        delClaims.ExecuteNonQuery();
        var machine = new List<long>();
        var cmd = Prepared("SELECT DISTINCT e.id FROM event_sources s JOIN events e ON e.id = s.event_id WHERE s.dispatch_id = $d AND e.status = 'machine' AND e.human_fields = ''", tx);
        cmd.Parameters.AddWithValue("$d", dispatchId);
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                machine.Add(r.GetInt64(0));
            }
        }
        foreach (var id in machine)
        {
            var del = Prepared("DELETE FROM event_sources WHERE event_id = $id AND dispatch_id = $d", tx);
            del.Parameters.AddWithValue("$id", id);
            del.Parameters.AddWithValue("$d", dispatchId);
            del.ExecuteNonQuery();
            var left = Prepared("SELECT COUNT(*) FROM event_sources WHERE event_id = $id", tx);
            left.Parameters.AddWithValue("$id", id);
            if (Convert.ToInt64(left.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                var delEvent = Prepared("DELETE FROM events WHERE id = $id", tx);
                delEvent.Parameters.AddWithValue("$id", id);
                delEvent.ExecuteNonQuery();
                candidates?.Remove(id);
            }
            else
            {
                Reconcile(id, tx);
            }
        }
    }

    private static readonly string SameIncidentSql =
        $"SELECT {EventRows.Select}, (SELECT s.extracted FROM event_sources s WHERE s.event_id = e.id AND s.dispatch_id = $d LIMIT 1) FROM events e "
        + "WHERE e.id IN (SELECT value FROM json_each($ids)) "
        + "AND e.event_date BETWEEN $d0 AND $d1 AND e.origin = 'extracted'";

    private static readonly int SameIncidentExtracted = EventRows.Select.Split(',').Length;

    /// <summary>
    /// The stored extracted event that reports the same incident, if any. Events already reported by
    /// this dispatch are distinct incidents by the coding rules (one event per actor pair, place and
    /// day), except events a person touched, which a re-extraction of the same text must find again.
    /// </summary>
    private long? FindSameIncident(ConflictEvent e, string dispatchId, HashSet<long> touched, SqliteTransaction tx)
    {
        var near = Candidates(tx).Near(e);
        if (near.Count == 0)
        {
            return null;
        }
        var cmd = Prepared(SameIncidentSql, tx);
        cmd.Parameters.AddWithValue("$d", dispatchId);
        cmd.Parameters.AddWithValue("$ids", "[" + string.Join(",", near) + "]");
        cmd.Parameters.AddWithValue("$d0", Iso(e.EventDate.AddDays(-DedupRules.MaxDays)));
        cmd.Parameters.AddWithValue("$d1", Iso(e.EventDate.AddDays(DedupRules.MaxDays)));
        long? best = null;
        var bestScore = double.MaxValue;
        using var r = cmd.ExecuteReader();
        var last = SameIncidentExtracted;
        while (r.Read())
        {
            var id = r.GetInt64(0);
            var candidate = EventRows.Read(r);
            var fromThisDispatch = !r.IsDBNull(last);
            var human = candidate.Status != ReviewStatus.Machine || candidate.HumanFields.Count > 0;
            if (touched.Contains(id) || (fromThisDispatch && !human))
            {
                continue;
            }
            // A person may have changed what dedup compares (the actor, the place): a re-extraction of
            // the same dispatch is also matched against what the machine read the first time.
            var asRead = fromThisDispatch ? JsonSerializer.Deserialize<ConflictEvent>(r.GetString(last), Json.Options) : null;
            if (!DedupRules.SameIncident(candidate.Event, e) && (asRead is null || !DedupRules.SameIncident(asRead, e)))
            {
                continue;
            }
            var score = DedupRules.Distance(candidate.Event, e);
            if (score < bestScore)
            {
                bestScore = score;
                best = id;
            }
        }
        return best;
    }

    private static readonly string InsertExtractedSql = EventRows.InsertSql.Replace("INSERT INTO events (", "INSERT INTO events (id, ", StringComparison.Ordinal)
        .Replace(" VALUES (", " VALUES ($id, ", StringComparison.Ordinal);

    /// <summary>The insert of extracted events, native and bound by position (see <see cref="EventStatement"/>); made on first use, disposed with the store.</summary>
    private EventStatement? extractedInsert;

    /// <summary>The id for a new row: SQLite's choice (null), unless a batch hands them out (see <see cref="BatchText.NextId"/>).</summary>
    private object NewId(string table) => batchText?.NextId(table) ?? (object)DBNull.Value;

    private long InsertExtracted(ConflictEvent e, string dispatchId, string now, SqliteTransaction tx)
    {
        var id = e.EventId.Length > 0 ? e.EventId : $"{e.Iso}-{e.EventDate:yyyyMMdd}";
        if (EventIdTaken(id, tx))
        {
            var stem = $"{id}-{ContentHash.Of(dispatchId)[..6]}";
            id = stem;
            for (var n = 2; EventIdTaken(id, tx); n++)
            {
                id = $"{stem}-{n}";
            }
        }
        var insert = extractedInsert ??= new EventStatement(db, InsertExtractedSql, "save");
        insert.BindShared("extracted", now);
        if (insert.Step(e with { EventId = id }, batchText?.NextId("events")) is var rc && rc != SQLitePCL.raw.SQLITE_DONE)
        {
            // The error Microsoft.Data.Sqlite would have raised: it fails the batch, as before, not just this item.
            var c = insert.Connection;
            throw new SqliteException($"SQLite Error {rc}: '{SQLitePCL.raw.sqlite3_errmsg(c).utf8_to_string()}'.", rc, SQLitePCL.raw.sqlite3_extended_errcode(c));
        }
        // The events row is the statement's own insert: the summary trigger's insert does not count once it has ended.
        var rowId = SQLitePCL.raw.sqlite3_last_insert_rowid(insert.Connection);
        candidates?.Add(rowId, e.EventDate, e.Latitude, e.Longitude);
        return rowId;
    }

    private bool EventIdTaken(string id, SqliteTransaction tx)
    {
        var cmd = Prepared("SELECT 1 FROM events WHERE event_id = $id", tx);
        cmd.Parameters.AddWithValue("$id", id);
        return cmd.ExecuteScalar() is not null;
    }

    private void AddSource(long eventId, ConflictEvent e, string now, SqliteTransaction tx)
    {
        var cmd = Prepared("INSERT OR REPLACE INTO event_sources (event_id, dispatch_id, extracted_id, source, source_url, fatalities, fatalities_high, kidnapped, notes, evidence_text, evidence_start, evidence_end, confidence, extracted, added_at) "
            + "VALUES ($e, $d, $x, $source, $url, $f, $fh, $k, $notes, $et, $es, $ee, $c, $json, $now)", tx);
        cmd.Parameters.AddWithValue("$json", JsonSerializer.Serialize(e, Json.Options));
        cmd.Parameters.AddWithValue("$e", eventId);
        cmd.Parameters.AddWithValue("$d", e.DispatchId);
        cmd.Parameters.AddWithValue("$x", e.EventId);
        cmd.Parameters.AddWithValue("$source", e.Source);
        cmd.Parameters.AddWithValue("$url", Db(e.SourceUrl));
        cmd.Parameters.AddWithValue("$f", e.Fatalities);
        cmd.Parameters.AddWithValue("$fh", Db(e.FatalitiesHigh));
        cmd.Parameters.AddWithValue("$k", Db(e.Kidnapped));
        cmd.Parameters.AddWithValue("$notes", e.Notes);
        cmd.Parameters.AddWithValue("$et", Db(e.Evidence?.Text));
        cmd.Parameters.AddWithValue("$es", Db(e.Evidence?.Start));
        cmd.Parameters.AddWithValue("$ee", Db(e.Evidence?.End));
        cmd.Parameters.AddWithValue("$c", e.Confidence);
        cmd.Parameters.AddWithValue("$now", now);
        cmd.ExecuteNonQuery();
    }

    /// <summary>Recomputes fatalities, kidnapped and the source list of a merged event from its reports, leaving human-set fields alone.</summary>
    private void Reconcile(long eventId, SqliteTransaction tx)
    {
        var reports = new List<(int, int?)>();
        int? kidnapped = null;
        var sources = new List<string>();
        string? firstDispatch = null, firstUrl = null;
        var cmd = Prepared("SELECT fatalities, fatalities_high, kidnapped, source, dispatch_id, source_url FROM event_sources WHERE event_id = $id ORDER BY added_at, dispatch_id", tx);
        cmd.Parameters.AddWithValue("$id", eventId);
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                reports.Add((r.GetInt32(0), Int(r, 1)));
                if (Int(r, 2) is { } k)
                {
                    kidnapped = Math.Max(kidnapped ?? 0, k);
                }
                var s = r.GetString(3);
                if (s.Length > 0 && !sources.Contains(s))
                {
                    sources.Add(s);
                }
                firstDispatch ??= r.GetString(4);
                firstUrl ??= Str(r, 5);
            }
        }
        if (reports.Count == 0)
        {
            return;
        }
        var (low, high) = FatalityReconciler.Reconcile(reports);
        var human = HumanFieldsOf(eventId, tx);
        (string Field, object? Value)[] values =
        [
            ("fatalities", low), ("fatalities_high", high), ("kidnapped", kidnapped),
            ("source", string.Join("; ", sources)), ("dispatch_id", firstDispatch), ("source_url", firstUrl),
        ];
        var set = values.Where(v => !human.Contains(v.Field)).ToList();
        var up = Prepared($"UPDATE events SET {string.Concat(set.Select(v => $"{v.Field} = ${v.Field}, "))}updated_at = $now WHERE id = $id", tx);
        foreach (var (field, value) in set)
        {
            up.Parameters.AddWithValue("$" + field, Db(value));
        }
        up.Parameters.AddWithValue("$now", Now());
        up.Parameters.AddWithValue("$id", eventId);
        up.ExecuteNonQuery();
    }

    private HashSet<string> HumanFieldsOf(long eventId, SqliteTransaction? tx)
    {
        var cmd = Prepared("SELECT human_fields FROM events WHERE id = $id", tx);
        cmd.Parameters.AddWithValue("$id", eventId);
        var s = cmd.ExecuteScalar() as string ?? "";
        return s.Length == 0 ? [] : [.. s.Split(',')];
    }

    private void InsertClaim(Claim c, string dispatchId, SqliteTransaction tx)
    {
        var cmd = Prepared("INSERT OR REPLACE INTO claims (dispatch_id, claim_id, quantity, qualifier, unit, period_start, period_end, area, actor, attributed_to, evidence_text, evidence_start, evidence_end) "
            + "VALUES ($d, $id, $q, $qual, $unit, $ps, $pe, $area, $actor, $attr, $et, $es, $ee)", tx);
        cmd.Parameters.AddWithValue("$d", dispatchId);
        cmd.Parameters.AddWithValue("$id", c.ClaimId);
        cmd.Parameters.AddWithValue("$q", c.Quantity);
        cmd.Parameters.AddWithValue("$qual", Db(c.Qualifier));
        cmd.Parameters.AddWithValue("$unit", c.Unit);
        cmd.Parameters.AddWithValue("$ps", Iso(c.PeriodStart));
        cmd.Parameters.AddWithValue("$pe", Iso(c.PeriodEnd));
        cmd.Parameters.AddWithValue("$area", c.Area);
        cmd.Parameters.AddWithValue("$actor", Db(c.Actor));
        cmd.Parameters.AddWithValue("$attr", Db(c.AttributedTo));
        cmd.Parameters.AddWithValue("$et", Db(c.Evidence?.Text));
        cmd.Parameters.AddWithValue("$es", Db(c.Evidence?.Start));
        cmd.Parameters.AddWithValue("$ee", Db(c.Evidence?.End));
        cmd.ExecuteNonQuery();
    }

    /// <summary>
    /// Where the archive files the dispatch: the country most of its events are in, and its year.
    /// Written with the dispatch row itself; a separate update afterwards cost a statement and a
    /// second write of the country-and-year index entry per dispatch.
    /// </summary>
    private static (string? Country, int? Year) ArchivePlace(ExtractionResult result)
    {
        var country = result.Events.GroupBy(e => e.Country).Where(g => g.Key.Length > 0).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
        int? year = (result.Dispatch.Published ?? result.Published)?.Year ?? (result.Events.Count > 0 ? result.Events.Max(e => e.EventDate).Year : null);
        return (country, year);
    }
}
