using System.Globalization;
using System.Runtime.CompilerServices;
using ConflictWatch.Core;
using Microsoft.Data.Sqlite;

namespace ConflictWatch.Store.Sqlite;

/// <summary>The mapping between <see cref="ConflictEvent"/> and a row of <c>events</c>, in one place.</summary>
internal static class EventRows
{
    /// <summary>The record's fields in column order; also the names <c>event edit --field</c> accepts.</summary>
    public static readonly string[] DataColumns =
    [
        "dispatch_id", "event_date", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "civilian_targeting",
        "country", "iso", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "fatalities", "fatalities_high", "kidnapped", "source", "source_url", "notes",
        "evidence_text", "evidence_start", "evidence_end", "confidence",
    ];

    public static readonly string Select =
        "e.id, e.event_id, " + string.Join(", ", DataColumns.Select(c => "e." + c)) + ", e.origin, e.status, e.human_fields";

    public static readonly string InsertSql =
        "INSERT INTO events (event_id, month, " + string.Join(", ", DataColumns) + ", origin, status, human_fields, created_at, updated_at) VALUES ($event_id, $month, "
        + string.Join(", ", DataColumns.Select(c => "$" + c)) + ", $origin, 'machine', '', $now, $now)";

    /// <summary>Upsert for imports: a row a person touched (human_fields or review status) is left alone.</summary>
    public static readonly string UpsertSql = InsertSql
        + " ON CONFLICT(event_id) DO UPDATE SET month = excluded.month, "
        + string.Join(", ", DataColumns.Select(c => $"{c} = excluded.{c}"))
        + ", origin = excluded.origin, updated_at = excluded.updated_at WHERE events.human_fields = '' AND events.status = 'machine'";

    /// <summary>Creates the parameters of <see cref="InsertSql"/> once, for a prepared command reused per row.</summary>
    public static void AddParameters(SqliteCommand cmd)
    {
        // No declared types: each value binds as what it is (integer, real, text), as the schema expects.
        cmd.Parameters.AddWithValue("$event_id", DBNull.Value);
        cmd.Parameters.AddWithValue("$month", DBNull.Value);
        foreach (var c in DataColumns)
        {
            cmd.Parameters.AddWithValue("$" + c, DBNull.Value);
        }
        cmd.Parameters.AddWithValue("$origin", DBNull.Value);
        cmd.Parameters.AddWithValue("$now", DBNull.Value);
    }

    public static void Bind(SqliteCommand cmd, ConflictEvent e, string origin, string now)
    {
        var p = cmd.Parameters;
        p["$event_id"].Value = e.EventId;
        p["$month"].Value = e.EventDate.Year * 100 + e.EventDate.Month;
        var values = Values(e);
        for (var i = 0; i < DataColumns.Length; i++)
        {
            p["$" + DataColumns[i]].Value = values[i] ?? DBNull.Value;
        }
        p["$origin"].Value = origin;
        p["$now"].Value = now;
    }

    /// <summary>The record's values in <see cref="DataColumns"/> order, typed as SQLite stores them.</summary>
    public static object?[] Values(ConflictEvent e)
    {
        var boxes = new BoxingSink(new object?[DataColumns.Length]);
        Write(e, ref boxes);
        return boxes.Values;
    }

    /// <summary>
    /// Hands the record's values to <paramref name="sink"/> in <see cref="DataColumns"/> order: the one
    /// place that order is spelled out. A struct sink is specialised by the JIT, so the bulk path binds
    /// each value without boxing it or building an array per row.
    /// </summary>
    // Per-row code of an import: compiled optimized at once (see EventStatement.Step).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Write<TSink>(ConflictEvent e, ref TSink sink) where TSink : struct, IValueSink
    {
        sink.Text(NullIfEmpty(e.DispatchId)); sink.Date(e.EventDate); sink.Int(e.TimePrecision); sink.Text(e.DisorderType); sink.Text(e.EventType); sink.Text(e.SubEventType);
        sink.Text(e.Actor1); sink.Text(e.AssocActor1); sink.Int(e.Inter1); sink.Text(e.Actor2); sink.Text(e.AssocActor2); sink.Int(e.Inter2); sink.Text(e.CivilianTargeting);
        sink.Text(e.Country); sink.Int(e.Iso); sink.Text(e.Admin1); sink.Text(e.Admin2); sink.Text(e.Admin3); sink.Text(e.Location); sink.Real(e.Latitude); sink.Real(e.Longitude); sink.Int(e.GeoPrecision);
        sink.Int(e.Fatalities); sink.Int(e.FatalitiesHigh); sink.Int(e.Kidnapped); sink.Text(e.Source); sink.Text(e.SourceUrl); sink.Text(e.Notes);
        sink.Text(e.Evidence?.Text); sink.Int(e.Evidence?.Start); sink.Int(e.Evidence?.End); sink.Real(e.Confidence);
    }

    /// <summary>Receives a row's values one by one, in column order.</summary>
    public interface IValueSink
    {
        void Text(string? value);

        void Int(int? value);

        void Real(double value);

        /// <summary>A date, stored as ISO text (yyyy-MM-dd).</summary>
        void Date(DateOnly value);
    }

    private struct BoxingSink(object?[] values) : IValueSink
    {
        private int next;

        public readonly object?[] Values => values;

        public void Text(string? value) => values[next++] = value;

        public void Int(int? value) => values[next++] = value;

        public void Real(double value) => values[next++] = value;

        public void Date(DateOnly value) => values[next++] = value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    /// <summary>Reads a row selected with <see cref="Select"/> (internal id at ordinal 0).</summary>
    public static StoredEvent Read(SqliteDataReader r) => Read(new ReaderColumns(r));

    /// <summary>The one mapping from a row selected with <see cref="Select"/>, whichever way the row is read.</summary>
    public static StoredEvent Read<T>(T r)
        where T : IColumns
    {
        var i = 1;
        string S() => r.Text(i++);
        string? N() => r.TextOrNull(i++);
        int? NI() => r.IntOrNull(i++);
        var eventId = S();
        var dispatchId = N() ?? "";
        var date = IsoDates.Parse(S());
        var timePrecision = r.Int(i++);
        var disorder = S();
        var type = S();
        var sub = S();
        var actor1 = S();
        var assoc1 = N();
        var inter1 = r.Int(i++);
        var actor2 = N();
        var assoc2 = N();
        var inter2 = NI();
        var civ = N();
        var country = S();
        var iso = r.Int(i++);
        var admin1 = N();
        var admin2 = N();
        var admin3 = N();
        var location = S();
        var lat = r.Real(i++);
        var lon = r.Real(i++);
        var geoPrecision = r.Int(i++);
        var fatalities = r.Int(i++);
        var high = NI();
        var kidnapped = NI();
        var source = S();
        var sourceUrl = N();
        var notes = S();
        var evText = N();
        var evStart = NI();
        var evEnd = NI();
        var confidence = r.Real(i++);
        var origin = S();
        var status = S();
        var human = S();
        var e = new ConflictEvent
        {
            EventId = eventId, DispatchId = dispatchId, EventDate = date, TimePrecision = timePrecision,
            DisorderType = disorder, EventType = type, SubEventType = sub,
            Actor1 = actor1, AssocActor1 = assoc1, Inter1 = inter1, Actor2 = actor2, AssocActor2 = assoc2, Inter2 = inter2,
            CivilianTargeting = civ, Country = country, Iso = iso, Admin1 = admin1, Admin2 = admin2, Admin3 = admin3,
            Location = location, Latitude = lat, Longitude = lon, GeoPrecision = geoPrecision,
            Fatalities = fatalities, FatalitiesHigh = high, Kidnapped = kidnapped, Source = source, SourceUrl = sourceUrl, Notes = notes,
            Evidence = evStart is { } s && evEnd is { } en ? new Evidence(evText ?? "", s, en) : null,
            Confidence = confidence,
        };
        return new StoredEvent(e, origin, ParseStatus(status), human.Length == 0 ? [] : human.Split(','));
    }

    public static ReviewStatus ParseStatus(string s) => s switch
    {
        "confirmed" => ReviewStatus.Confirmed,
        "edited" => ReviewStatus.Edited,
        "rejected" => ReviewStatus.Rejected,
        _ => ReviewStatus.Machine,
    };

    public static string StatusName(ReviewStatus s) => s.ToString().ToLowerInvariant();
}
