using System.Text.Json.Serialization;

namespace ConflictWatch.Core;

/// <summary>
/// The sentence(s) a record was read from, with offsets into the dispatch's normalised text,
/// so that every field can be traced back to what the source said.
/// </summary>
public sealed record Evidence(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End);
