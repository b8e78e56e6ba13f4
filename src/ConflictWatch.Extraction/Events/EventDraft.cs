using ConflictWatch.Extraction.Places;
using ConflictWatch.Extraction.Segmentation;

namespace ConflictWatch.Extraction.Events;

/// <summary>An event as detected, before names, notes and ids are assembled.</summary>
public sealed record EventDraft(
    int EntryIndex,
    Sentence Sentence,
    DateOnly Date,
    int TimePrecision,
    Classification Kind,
    ResolvedLocation Location,
    Casualties Casualties,
    bool ExplicitDate)
{
    /// <summary>Parties fighting with actor1 (ACLED assoc_actor_1).</summary>
    public IReadOnlyList<Party> Assoc1 { get; init; } = [];

    /// <summary>Parties on actor2's side (ACLED assoc_actor_2).</summary>
    public IReadOnlyList<Party> Assoc2 { get; init; } = [];
}
