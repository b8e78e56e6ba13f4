using ConflictWatch.Core;
using Microsoft.Data.Sqlite;

namespace ConflictWatch.Store.Sqlite;

/// <summary>The dispatch archive: listing by country and year, one dispatch, full-text search.</summary>
public sealed partial class SqliteStore
{
    public StoredDispatch? GetDispatch(string dispatchId)
    {
        using var cmd = Command("SELECT dispatch_id, text, published, source, url, title, format, normalised_text, country, year, content_hash, version, ingested_at, updated_at FROM dispatches WHERE dispatch_id = $id");
        cmd.Parameters.AddWithValue("$id", dispatchId);
        using var r = cmd.ExecuteReader();
        if (!r.Read())
        {
            return null;
        }
        var format = Enum.TryParse<DispatchFormat>(r.GetString(6), out var f) ? f : DispatchFormat.Text;
        var d = new Dispatch(r.GetString(0), r.GetString(1), Str(r, 2) is { } p ? ParseDate(p) : null, Str(r, 3), Str(r, 4), Str(r, 5), format);
        return new StoredDispatch(d, r.GetString(7), Str(r, 8), Int(r, 9), r.GetString(10), r.GetInt32(11), ParseTime(r.GetString(12)), ParseTime(r.GetString(13)));
    }

    public IReadOnlyList<ArchiveEntry> ArchiveIndex()
    {
        var list = new List<ArchiveEntry>();
        using var cmd = Command("SELECT COALESCE(country, ''), year, COUNT(*) FROM dispatches GROUP BY COALESCE(country, ''), year ORDER BY COALESCE(country, '') = '', COALESCE(country, ''), year DESC");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(new ArchiveEntry(r.GetString(0), Int(r, 1), r.GetInt32(2)));
        }
        return list;
    }

    public IReadOnlyList<DispatchSummary> ListDispatches(string? country, int? year, int limit = 100)
    {
        var list = new List<DispatchSummary>();
        using var cmd = Command("SELECT d.dispatch_id, d.title, d.source, d.published, d.country, d.year, (SELECT COUNT(DISTINCT s.event_id) FROM event_sources s WHERE s.dispatch_id = d.dispatch_id) "
            + "FROM dispatches d WHERE ($c IS NULL OR d.country = $c) AND ($y IS NULL OR d.year = $y) ORDER BY d.published DESC, d.dispatch_id LIMIT $n");
        cmd.Parameters.AddWithValue("$c", Db(country));
        cmd.Parameters.AddWithValue("$y", Db(year));
        cmd.Parameters.AddWithValue("$n", limit);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(new DispatchSummary(r.GetString(0), Str(r, 1), Str(r, 2), Str(r, 3) is { } p ? ParseDate(p) : null, Str(r, 4), Int(r, 5), r.GetInt32(6)));
        }
        return list;
    }

    public IReadOnlyList<StoredEvent> EventsOfDispatch(string dispatchId)
    {
        var list = new List<StoredEvent>();
        using var cmd = Command($"SELECT {EventRows.Select} FROM events e WHERE e.id IN (SELECT event_id FROM event_sources WHERE dispatch_id = $d) OR e.dispatch_id = $d ORDER BY e.event_date, e.event_id");
        cmd.Parameters.AddWithValue("$d", dispatchId);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(EventRows.Read(r));
        }
        return list;
    }

    public IReadOnlyList<Claim> ClaimsOfDispatch(string dispatchId)
    {
        var list = new List<Claim>();
        using var cmd = Command("SELECT claim_id, quantity, qualifier, unit, period_start, period_end, area, actor, attributed_to, evidence_text, evidence_start, evidence_end FROM claims WHERE dispatch_id = $d ORDER BY claim_id");
        cmd.Parameters.AddWithValue("$d", dispatchId);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(new Claim
            {
                ClaimId = r.GetString(0), DispatchId = dispatchId, Quantity = r.GetDouble(1), Qualifier = Str(r, 2), Unit = r.GetString(3),
                PeriodStart = ParseDate(r.GetString(4)), PeriodEnd = ParseDate(r.GetString(5)), Area = r.GetString(6), Actor = Str(r, 7), AttributedTo = Str(r, 8),
                Evidence = r.IsDBNull(10) ? null : new Evidence(Str(r, 9) ?? "", r.GetInt32(10), r.GetInt32(11)),
            });
        }
        return list;
    }

    public IReadOnlyList<SearchHit> Search(string query, int limit = 20, string highlightOpen = "[", string highlightClose = "]")
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            throw new ConflictWatchException("search: the query is empty");
        }
        try
        {
            return SearchFts(query, limit, highlightOpen, highlightClose);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 1)
        {
            // Not FTS5 syntax (a stray quote, a hyphen, a colon): search for the words themselves.
            var words = query.Split((char[])[' ', '\t', '"', '\'', ':', '-', '(', ')', '*', '^', '+'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                throw new ConflictWatchException($"search: no words in \"{query}\"");
            }
            return SearchFts(string.Join(' ', words.Select(w => $"\"{w}\"")), limit, highlightOpen, highlightClose);
        }
    }

    private List<SearchHit> SearchFts(string match, int limit, string open, string close)
    {
        var hits = new List<SearchHit>();
        using (var cmd = Command("SELECT d.dispatch_id, d.title, snippet(dispatch_fts, -1, $o, $c, '…', 14), bm25(dispatch_fts, 4.0, 1.0) AS rank FROM dispatch_fts JOIN dispatches d ON d.id = dispatch_fts.rowid WHERE dispatch_fts MATCH $q ORDER BY rank LIMIT $n"))
        {
            Bind(cmd);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                hits.Add(new SearchHit(SearchHitKind.Dispatch, r.GetString(0), Str(r, 1), r.GetString(2), r.GetDouble(3)));
            }
        }
        using (var cmd = Command("SELECT e.event_id, e.event_date || ' ' || e.event_type || ', ' || e.location, snippet(event_fts, -1, $o, $c, '…', 14), bm25(event_fts) AS rank FROM event_fts JOIN events e ON e.id = event_fts.rowid WHERE event_fts MATCH $q AND e.status <> 'rejected' ORDER BY rank LIMIT $n"))
        {
            Bind(cmd);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                hits.Add(new SearchHit(SearchHitKind.Event, r.GetString(0), Str(r, 1), r.GetString(2), r.GetDouble(3)));
            }
        }
        return [.. hits.OrderBy(h => h.Rank).ThenBy(h => h.Kind).ThenBy(h => h.Id, StringComparer.Ordinal).Take(limit)];

        void Bind(SqliteCommand cmd)
        {
            cmd.Parameters.AddWithValue("$o", open);
            cmd.Parameters.AddWithValue("$c", close);
            cmd.Parameters.AddWithValue("$q", match);
            cmd.Parameters.AddWithValue("$n", limit);
        }
    }
}
