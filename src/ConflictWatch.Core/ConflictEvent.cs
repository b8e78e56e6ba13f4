using System.Text.Json.Serialization;

namespace ConflictWatch.Core;

/// <summary>
/// One event in the ACLED-compatible format of spec/events.md. Field names in JSON are the
/// ACLED ones so that output loads next to ACLED or UCDP data without a mapping table.
/// </summary>
public sealed record ConflictEvent
{
    [JsonPropertyName("event_id")] public string EventId { get; init; } = "";
    [JsonPropertyName("dispatch_id")] public string DispatchId { get; init; } = "";
    [JsonPropertyName("event_date")] public DateOnly EventDate { get; init; }
    [JsonPropertyName("time_precision")] public int TimePrecision { get; init; } = 1;
    [JsonPropertyName("disorder_type")] public string DisorderType { get; init; } = "";
    [JsonPropertyName("event_type")] public string EventType { get; init; } = "";
    [JsonPropertyName("sub_event_type")] public string SubEventType { get; init; } = "";
    [JsonPropertyName("actor1")] public string Actor1 { get; init; } = "";
    [JsonPropertyName("assoc_actor_1")] public string? AssocActor1 { get; init; }
    [JsonPropertyName("inter1")] public int Inter1 { get; init; }
    [JsonPropertyName("actor2")] public string? Actor2 { get; init; }
    [JsonPropertyName("assoc_actor_2")] public string? AssocActor2 { get; init; }
    [JsonPropertyName("inter2")] public int? Inter2 { get; init; }
    [JsonPropertyName("civilian_targeting")] public string? CivilianTargeting { get; init; }
    [JsonPropertyName("country")] public string Country { get; init; } = "";
    [JsonPropertyName("iso")] public int Iso { get; init; }
    [JsonPropertyName("admin1")] public string? Admin1 { get; init; }
    [JsonPropertyName("admin2")] public string? Admin2 { get; init; }
    [JsonPropertyName("admin3")] public string? Admin3 { get; init; }
    [JsonPropertyName("location")] public string Location { get; init; } = "";
    [JsonPropertyName("latitude")] public double Latitude { get; init; }
    [JsonPropertyName("longitude")] public double Longitude { get; init; }
    [JsonPropertyName("geo_precision")] public int GeoPrecision { get; init; } = 1;
    [JsonPropertyName("fatalities")] public int Fatalities { get; init; }
    [JsonPropertyName("fatalities_high")] public int? FatalitiesHigh { get; init; }
    [JsonPropertyName("kidnapped")] public int? Kidnapped { get; init; }
    [JsonPropertyName("source")] public string Source { get; init; } = "";
    [JsonPropertyName("source_url")] public string? SourceUrl { get; init; }
    [JsonPropertyName("notes")] public string Notes { get; init; } = "";
    [JsonPropertyName("evidence")] public Evidence? Evidence { get; init; }
    [JsonPropertyName("confidence")] public double Confidence { get; init; }
}
