using System.Text.Json.Serialization;

namespace ConflictWatch.Core;

/// <summary>
/// An aggregate figure a dispatch states ("532 kidnappings in 2022"). Kept apart from events
/// because it summarises many incidents and must not be counted as one.
/// </summary>
public sealed record Claim
{
    [JsonPropertyName("claim_id")] public string ClaimId { get; init; } = "";
    [JsonPropertyName("dispatch_id")] public string DispatchId { get; init; } = "";
    [JsonPropertyName("quantity")] public double Quantity { get; init; }
    [JsonPropertyName("qualifier")] public string? Qualifier { get; init; }
    [JsonPropertyName("unit")] public string Unit { get; init; } = "";
    [JsonPropertyName("period_start")] public DateOnly PeriodStart { get; init; }
    [JsonPropertyName("period_end")] public DateOnly PeriodEnd { get; init; }
    [JsonPropertyName("area")] public string Area { get; init; } = "";
    [JsonPropertyName("actor")] public string? Actor { get; init; }
    [JsonPropertyName("attributed_to")] public string? AttributedTo { get; init; }
    [JsonPropertyName("evidence")] public Evidence? Evidence { get; init; }
}
