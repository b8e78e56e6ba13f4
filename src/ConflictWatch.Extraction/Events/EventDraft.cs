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
    bool ExplicitDate);
