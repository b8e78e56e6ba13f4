using ConflictWatch.Core;
using ConflictWatch.Extraction;

namespace ConflictWatch.Store;

/// <summary>A stored dispatch: what arrived (raw text), what extraction read (normalised text) and bookkeeping.</summary>
public sealed record StoredDispatch(
    Dispatch Dispatch,
    string NormalisedText,
    string? Country,
    int? Year,
    string ContentHash,
    int Version,
    DateTimeOffset IngestedAt,
    DateTimeOffset UpdatedAt);

/// <summary>A line of the archive index: how many dispatches a country has for a year.</summary>
public sealed record ArchiveEntry(string Country, int? Year, int Dispatches);

/// <summary>A dispatch in an archive listing, without its text.</summary>
public sealed record DispatchSummary(string DispatchId, string? Title, string? Source, DateOnly? Published, string? Country, int? Year, int Events);

/// <summary>A full-text hit: a dispatch or an event note, with a snippet whose matches are wrapped in the given markers.</summary>
public sealed record SearchHit(SearchHitKind Kind, string Id, string? Title, string Snippet, double Rank);

public enum SearchHitKind
{
    Dispatch,
    Event,
}

/// <summary>What happened to one dispatch on ingest.</summary>
public enum DispatchChange
{
    New,
    Updated,
    Unchanged,
}

/// <summary>The result of saving one dispatch: its change, the events created or merged into existing ones, and claims.</summary>
public sealed record SaveOutcome(DispatchChange Change, int EventsAdded, int EventsMerged, int Claims);

/// <summary>One dispatch of a <see cref="IDispatchArchive.SaveMany"/> batch: what extraction read and the content hash.</summary>
public sealed record SaveItem(ExtractionResult Result, string ContentHash);

/// <summary>What saving one item of a batch did, or why it failed (the rest of the batch is saved).</summary>
public sealed record SaveAttempt(SaveOutcome? Outcome, string? Error);
