using ConflictWatch.Extraction;

namespace ConflictWatch.Store;

/// <summary>The archive of dispatches and what was extracted from them.</summary>
public interface IDispatchArchive
{
    /// <summary>
    /// What saving a dispatch with this content would do, so ingest can skip extraction of what it already has.
    /// </summary>
    DispatchChange Classify(Core.Dispatch dispatch, string contentHash);

    /// <summary>
    /// Saves a dispatch with its events and claims in one transaction: a new version replaces the
    /// machine events extracted from the old one (never those a person touched); events of the same
    /// incident already in the store from other dispatches are merged into.
    /// </summary>
    SaveOutcome Save(ExtractionResult result, string contentHash);

    StoredDispatch? GetDispatch(string dispatchId);

    /// <summary>Dispatch counts by country and year (country null: no event located it).</summary>
    IReadOnlyList<ArchiveEntry> ArchiveIndex();

    IReadOnlyList<DispatchSummary> ListDispatches(string? country, int? year, int limit = 100);

    /// <summary>Events that cite the dispatch as a source.</summary>
    IReadOnlyList<StoredEvent> EventsOfDispatch(string dispatchId);

    IReadOnlyList<Core.Claim> ClaimsOfDispatch(string dispatchId);

    /// <summary>Full-text search over dispatches and event notes, best first; accents are folded.</summary>
    IReadOnlyList<SearchHit> Search(string query, int limit = 20, string highlightOpen = "[", string highlightClose = "]");
}
