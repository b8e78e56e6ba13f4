using System.Globalization;
using ConflictWatch.Core;
using CsvHelper;
using CsvHelper.Configuration;

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
        ImportRow? pending = null;
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            ImportRow row;
            try
            {
                row = new ImportRow(line, ReadRow(cols, idColumn), null);
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

    private static ConflictEvent ReadRow(CsvColumns c, string idColumn)
    {
        var id = c.Required(idColumn);
        var dateText = c.Required("event_date");
        if (!AcledDates.TryParse(dateText, out var date))
        {
            throw new RowException($"event_date \"{dateText}\" is not a date ACLED uses (2020-07-31, 03 December 2020, 16-Feb-21)");
        }
        var type = c.Required("event_type");
        var lat = c.Real("latitude") ?? throw new RowException("latitude is empty");
        var lon = c.Real("longitude") ?? throw new RowException("longitude is empty");
        if (lat is < -90 or > 90 || lon is < -180 or > 180)
        {
            throw new RowException($"latitude/longitude {lat},{lon} out of range");
        }
        int? start = c.Int("evidence_start"), end = c.Int("evidence_end");
        return new ConflictEvent
        {
            EventId = id,
            DispatchId = c.Text("dispatch_id") ?? "",
            EventDate = date,
            TimePrecision = c.Int("time_precision") ?? 1,
            DisorderType = c.Text("disorder_type") ?? EventTypes.DisorderOf(type),
            EventType = type,
            SubEventType = c.Required("sub_event_type"),
            Actor1 = c.Required("actor1"),
            AssocActor1 = c.Text("assoc_actor_1"),
            Inter1 = Inter(c, "inter1") ?? 0,
            Actor2 = c.Text("actor2"),
            AssocActor2 = c.Text("assoc_actor_2"),
            Inter2 = Inter(c, "inter2"),
            CivilianTargeting = c.Text("civilian_targeting"),
            Country = c.Required("country"),
            Iso = c.Int("iso") ?? 0,
            Admin1 = c.Text("admin1"),
            Admin2 = c.Text("admin2"),
            Admin3 = c.Text("admin3"),
            Location = c.Text("location") ?? "",
            Latitude = lat,
            Longitude = lon,
            GeoPrecision = c.Int("geo_precision") ?? 1,
            Fatalities = c.Int("fatalities") ?? 0,
            FatalitiesHigh = c.Int("fatalities_high"),
            Kidnapped = c.Int("kidnapped"),
            Source = c.Text("source") ?? "",
            SourceUrl = c.Text("source_url"),
            Notes = c.Text("notes") ?? "",
            Evidence = start is { } s && end is { } e ? new Evidence("", s, e) : null,
            Confidence = c.Real("confidence") ?? 1.0,
        };
    }

    /// <summary>ACLED's inter codes, given as numbers (older exports) or as names (since 2024).</summary>
    private static int? Inter(CsvColumns c, string name)
    {
        var t = c.Text(name);
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
