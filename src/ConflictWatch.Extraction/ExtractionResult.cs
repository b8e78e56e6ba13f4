using ConflictWatch.Core;

namespace ConflictWatch.Extraction;

/// <summary>What one dispatch yields: its events, its claims and the normalised text their evidence offsets point into.</summary>
public sealed record ExtractionResult(
    Dispatch Dispatch,
    string NormalisedText,
    string? Title,
    DateOnly? Published,
    IReadOnlyList<ConflictEvent> Events,
    IReadOnlyList<Claim> Claims);
