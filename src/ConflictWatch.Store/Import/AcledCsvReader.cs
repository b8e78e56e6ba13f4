using System.Globalization;
using ConflictWatch.Core;

namespace ConflictWatch.Store.Import;

/// <summary>
/// Reads ACLED CSV exports, dyadic (actor1 and actor2 on one row) and monadic (one row per actor, the
/// rows of one event adjacent and sharing event_id_cnty), plus the extension columns our own export
/// writes, so export → import → export is lossless. Malformed rows are reported with their line.
/// </summary>
public static class AcledCsvReader
{
    private static readonly string[] Required = ["event_date", "event_type", "sub_event_type", "actor1", "country", "latitude", "longitude"];

    public static IEnumerable<ImportRow> Read(TextReader text, string origin)
    {
        var (csv, cols) = CsvColumns.Open(text, origin);
        using var _ = csv;
        var missing = Required.Where(c => !cols.Has(c)).ToList();
        if (!cols.Has("event_id_cnty") && !cols.Has("event_id"))
        {
            missing.Add("event_id_cnty");
        }
        if (missing.Count > 0)
        {
            throw new ConflictWatchException($"{origin}: not an ACLED export, missing column(s) {string.Join(", ", missing)}");
        }
        var idColumn = cols.Has("event_id_cnty") ? "event_id_cnty" : "event_id";
        var monadic = !cols.Has("actor2");
        var layout = new Layout(cols, idColumn);
        ImportRow? pending = null;
        while (csv.Read())
        {
            var line = csv.Line;
            ImportRow row;
            try
            {
                row = new ImportRow(line, ReadRow(cols, layout), null);
            }
            catch (RowException e)
            {
                row = new ImportRow(line, null, $"{origin}:{line}: {e.Message}");
            }
            if (!monadic)
            {
                yield return row;
                continue;
            }
            // Monadic: the second row of an event names the other side.
            if (pending?.Event is { } first && row.Event is { } second && first.EventId == second.EventId)
            {
                yield return pending with { Event = first with { Actor2 = second.Actor1, AssocActor2 = second.AssocActor1, Inter2 = second.Inter1 } };
                pending = null;
                continue;
            }
            if (pending is not null)
            {
                yield return pending;
            }
            pending = row;
        }
        if (pending is not null)
        {
            yield return pending;
        }
    }

    private static ConflictEvent ReadRow(CsvColumns c, Layout at)
    {
        var id = Need(c, at.Id, at.IdName);
        var dateText = Need(c, at.Date, "event_date");
        if (!AcledDates.TryParse(dateText, out var date))
        {
            throw new RowException($"event_date \"{dateText}\" is not a date ACLED uses (2020-07-31, 03 December 2020, 16-Feb-21)");
        }
        var type = Shared(c, at.Type, "event_type");
        var lat = c.Real(at.Latitude, "latitude") ?? throw new RowException("latitude is empty");
        var lon = c.Real(at.Longitude, "longitude") ?? throw new RowException("longitude is empty");
        if (lat is < -90 or > 90 || lon is < -180 or > 180)
        {
            throw new RowException($"latitude/longitude {lat},{lon} out of range");
        }
        int? start = c.Int(at.EvidenceStart, "evidence_start"), end = c.Int(at.EvidenceEnd, "evidence_end");
        return new ConflictEvent
        {
            EventId = id,
            DispatchId = c.Text(at.DispatchId) ?? "",
            EventDate = date,
            TimePrecision = c.Int(at.TimePrecision, "time_precision") ?? 1,
            DisorderType = c.Shared(at.DisorderType) ?? EventTypes.DisorderOf(type),
            EventType = type,
            SubEventType = Shared(c, at.SubType, "sub_event_type"),
            Actor1 = Shared(c, at.Actor1, "actor1"),
            AssocActor1 = c.Shared(at.Assoc1),
            Inter1 = Inter(c, at.Inter1, "inter1") ?? 0,
            Actor2 = c.Shared(at.Actor2),
            AssocActor2 = c.Shared(at.Assoc2),
            Inter2 = Inter(c, at.Inter2, "inter2"),
            CivilianTargeting = c.Shared(at.CivilianTargeting),
            Country = Shared(c, at.Country, "country"),
            Iso = c.Int(at.Iso, "iso") ?? 0,
            Admin1 = c.Shared(at.Admin1),
            Admin2 = c.Shared(at.Admin2),
            Admin3 = c.Shared(at.Admin3),
            Location = c.Shared(at.Location) ?? "",
            Latitude = lat,
            Longitude = lon,
            GeoPrecision = c.Int(at.GeoPrecision, "geo_precision") ?? 1,
            Fatalities = c.Int(at.Fatalities, "fatalities") ?? 0,
            FatalitiesHigh = c.Int(at.FatalitiesHigh, "fatalities_high"),
            Kidnapped = c.Int(at.Kidnapped, "kidnapped"),
            Source = c.Shared(at.Source) ?? "",
            SourceUrl = c.Text(at.SourceUrl),
            Notes = c.Text(at.Notes) ?? "",
            Evidence = start is { } s && end is { } e ? new Evidence("", s, e) : null,
            Confidence = c.Real(at.Confidence, "confidence") ?? 1.0,
        };
    }

    private static string Need(CsvColumns c, int column, string name) => c.Text(column) ?? throw new RowException($"{name} is empty");

    /// <summary><see cref="Need"/> for a column whose values repeat (see <see cref="CsvColumns.Shared"/>).</summary>
    private static string Shared(CsvColumns c, int column, string name) => c.Shared(column) ?? throw new RowException($"{name} is empty");

    /// <summary>The file's column indexes, looked up once: a name lookup per field cost more than reading the field.</summary>
    private sealed class Layout(CsvColumns c, string idColumn)
    {
        public readonly string IdName = idColumn;
        public readonly int Id = c.Find(idColumn), Date = c.Find("event_date"), Type = c.Find("event_type"), SubType = c.Find("sub_event_type");
        public readonly int Latitude = c.Find("latitude"), Longitude = c.Find("longitude"), EvidenceStart = c.Find("evidence_start"), EvidenceEnd = c.Find("evidence_end");
        public readonly int DispatchId = c.Find("dispatch_id"), TimePrecision = c.Find("time_precision"), DisorderType = c.Find("disorder_type");
        public readonly int Actor1 = c.Find("actor1"), Assoc1 = c.Find("assoc_actor_1"), Inter1 = c.Find("inter1");
        public readonly int Actor2 = c.Find("actor2"), Assoc2 = c.Find("assoc_actor_2"), Inter2 = c.Find("inter2"), CivilianTargeting = c.Find("civilian_targeting");
        public readonly int Country = c.Find("country"), Iso = c.Find("iso"), Admin1 = c.Find("admin1"), Admin2 = c.Find("admin2"), Admin3 = c.Find("admin3");
        public readonly int Location = c.Find("location"), GeoPrecision = c.Find("geo_precision"), Fatalities = c.Find("fatalities");
        public readonly int FatalitiesHigh = c.Find("fatalities_high"), Kidnapped = c.Find("kidnapped"), Source = c.Find("source"), SourceUrl = c.Find("source_url");
        public readonly int Notes = c.Find("notes"), Confidence = c.Find("confidence");
    }

    /// <summary>ACLED's inter codes, given as numbers (older exports) or as names (since 2024).</summary>
    private static int? Inter(CsvColumns c, int column, string name)
    {
        var t = c.Text(column);
        if (t is null)
        {
            return null;
        }
        if (int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }
        return t.Trim().ToLowerInvariant() switch
        {
            "state forces" => 1,
            "rebel group" or "rebel groups" => 2,
            "political militia" or "political militias" => 3,
            "identity militia" or "identity militias" => 4,
            "rioters" => 5,
            "protesters" => 6,
            "civilians" => 7,
            "external/other forces" or "external/other force" => 8,
            _ => throw new RowException($"{name} \"{t}\" is not an ACLED interaction code"),
        };
    }
}
