using System.Text.Json.Serialization;
using ConflictWatch.Core;
using Parquet;
using Parquet.Serialization;

namespace ConflictWatch.Store.Export;

/// <summary>Events as Parquet (columnar, typed, for pandas/R/DuckDB), one row group per chunk so memory stays flat.</summary>
public static class ParquetExporter
{
    private const int RowGroup = 100_000;

    public static async Task<int> WriteAsync(Stream output, IEnumerable<ConflictEvent> events, CancellationToken cancel = default)
    {
        var n = 0;
        var chunk = new List<ParquetEventRow>(RowGroup);
        var first = true;
        async Task Flush()
        {
            if (chunk.Count == 0 && !first)
            {
                return;
            }
            await ParquetSerializer.SerializeAsync(chunk, output, new ParquetOptions { Append = !first }, null, cancel).ConfigureAwait(false);
            first = false;
            chunk.Clear();
        }
        foreach (var e in events)
        {
            chunk.Add(ParquetEventRow.From(e));
            n++;
            if (chunk.Count == RowGroup)
            {
                await Flush().ConfigureAwait(false);
            }
        }
        await Flush().ConfigureAwait(false);
        return n;
    }
}

/// <summary>The flat row Parquet stores: the spec fields with their spec names, evidence split into columns.</summary>
public sealed class ParquetEventRow
{
    [JsonPropertyName("event_id")] public string EventId { get; set; } = "";
    [JsonPropertyName("dispatch_id")] public string? DispatchId { get; set; }
    [JsonPropertyName("event_date")] public DateTime EventDate { get; set; }
    [JsonPropertyName("time_precision")] public int TimePrecision { get; set; }
    [JsonPropertyName("disorder_type")] public string DisorderType { get; set; } = "";
    [JsonPropertyName("event_type")] public string EventType { get; set; } = "";
    [JsonPropertyName("sub_event_type")] public string SubEventType { get; set; } = "";
    [JsonPropertyName("actor1")] public string Actor1 { get; set; } = "";
    [JsonPropertyName("assoc_actor_1")] public string? AssocActor1 { get; set; }
    [JsonPropertyName("inter1")] public int Inter1 { get; set; }
    [JsonPropertyName("actor2")] public string? Actor2 { get; set; }
    [JsonPropertyName("assoc_actor_2")] public string? AssocActor2 { get; set; }
    [JsonPropertyName("inter2")] public int? Inter2 { get; set; }
    [JsonPropertyName("civilian_targeting")] public string? CivilianTargeting { get; set; }
    [JsonPropertyName("country")] public string Country { get; set; } = "";
    [JsonPropertyName("iso")] public int Iso { get; set; }
    [JsonPropertyName("admin1")] public string? Admin1 { get; set; }
    [JsonPropertyName("admin2")] public string? Admin2 { get; set; }
    [JsonPropertyName("admin3")] public string? Admin3 { get; set; }
    [JsonPropertyName("location")] public string Location { get; set; } = "";
    [JsonPropertyName("latitude")] public double Latitude { get; set; }
    [JsonPropertyName("longitude")] public double Longitude { get; set; }
    [JsonPropertyName("geo_precision")] public int GeoPrecision { get; set; }
    [JsonPropertyName("fatalities")] public int Fatalities { get; set; }
    [JsonPropertyName("fatalities_high")] public int? FatalitiesHigh { get; set; }
    [JsonPropertyName("kidnapped")] public int? Kidnapped { get; set; }
    [JsonPropertyName("source")] public string Source { get; set; } = "";
    [JsonPropertyName("source_url")] public string? SourceUrl { get; set; }
    [JsonPropertyName("notes")] public string Notes { get; set; } = "";
    [JsonPropertyName("evidence_text")] public string? EvidenceText { get; set; }
    [JsonPropertyName("evidence_start")] public int? EvidenceStart { get; set; }
    [JsonPropertyName("evidence_end")] public int? EvidenceEnd { get; set; }
    [JsonPropertyName("confidence")] public double Confidence { get; set; }

    public static ParquetEventRow From(ConflictEvent e) => new()
    {
        EventId = e.EventId, DispatchId = e.DispatchId.Length == 0 ? null : e.DispatchId,
        EventDate = e.EventDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), TimePrecision = e.TimePrecision,
        DisorderType = e.DisorderType, EventType = e.EventType, SubEventType = e.SubEventType,
        Actor1 = e.Actor1, AssocActor1 = e.AssocActor1, Inter1 = e.Inter1, Actor2 = e.Actor2, AssocActor2 = e.AssocActor2, Inter2 = e.Inter2,
        CivilianTargeting = e.CivilianTargeting, Country = e.Country, Iso = e.Iso, Admin1 = e.Admin1, Admin2 = e.Admin2, Admin3 = e.Admin3,
        Location = e.Location, Latitude = e.Latitude, Longitude = e.Longitude, GeoPrecision = e.GeoPrecision,
        Fatalities = e.Fatalities, FatalitiesHigh = e.FatalitiesHigh, Kidnapped = e.Kidnapped, Source = e.Source, SourceUrl = e.SourceUrl, Notes = e.Notes,
        EvidenceText = e.Evidence?.Text, EvidenceStart = e.Evidence?.Start, EvidenceEnd = e.Evidence?.End, Confidence = e.Confidence,
    };
}
