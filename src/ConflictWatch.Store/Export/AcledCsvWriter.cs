using System.Globalization;
using ConflictWatch.Core;
using CsvHelper;

namespace ConflictWatch.Store.Export;

/// <summary>
/// Events as CSV in ACLED's column names and order, then the extension columns, which
/// <see cref="Import.AcledCsvReader"/> reads back, so export → import → export gives the same file.
/// The one definition of the ACLED columns: `export acled`, `events --format csv` and `extract --format csv` all write through it.
/// </summary>
public sealed class AcledCsvWriter : IDisposable
{
    public static readonly string[] Columns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
        "dispatch_id", "fatalities_high", "kidnapped", "source_url", "evidence_start", "evidence_end", "confidence",
    ];

    private readonly CsvWriter csv;

    public AcledCsvWriter(TextWriter writer)
    {
        csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var c in Columns)
        {
            csv.WriteField(c);
        }
        csv.NextRecord();
    }

    public void Write(ConflictEvent e)
    {
        var inv = CultureInfo.InvariantCulture;
        string?[] row =
        [
            e.EventId, e.EventDate.ToString("yyyy-MM-dd", inv), e.EventDate.Year.ToString(inv), e.TimePrecision.ToString(inv),
            e.DisorderType, e.EventType, e.SubEventType, e.Actor1, e.AssocActor1, e.Inter1.ToString(inv), e.Actor2, e.AssocActor2,
            e.Inter2?.ToString(inv), e.Inter2 is { } i2 ? $"{Math.Min(e.Inter1, i2)}{Math.Max(e.Inter1, i2)}" : $"{e.Inter1}0",
            e.CivilianTargeting, e.Iso.ToString(inv), "Western Africa", e.Country, e.Admin1, e.Admin2, e.Admin3, e.Location,
            e.Latitude.ToString("0.####", inv), e.Longitude.ToString("0.####", inv), e.GeoPrecision.ToString(inv),
            e.Source, null, e.Notes, e.Fatalities.ToString(inv), null, null,
            e.DispatchId, e.FatalitiesHigh?.ToString(inv), e.Kidnapped?.ToString(inv), e.SourceUrl,
            e.Evidence?.Start.ToString(inv), e.Evidence?.End.ToString(inv), e.Confidence.ToString("0.##", inv),
        ];
        foreach (var f in row)
        {
            csv.WriteField(f ?? "");
        }
        csv.NextRecord();
    }

    public void Dispose()
    {
        csv.Flush();
        csv.Dispose();
    }
}
