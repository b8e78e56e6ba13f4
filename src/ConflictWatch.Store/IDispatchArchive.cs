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

    /// <summary>
    /// Saves many dispatches, each all-or-nothing as in <see cref="Save"/>; a provider may commit them
    /// together, which is what makes ingest fast (one commit per batch instead of per dispatch). A
    /// dispatch that fails is reported in its attempt and the others are saved.
    /// </summary>
    IReadOnlyList<SaveAttempt> SaveMany(IReadOnlyList<SaveItem> items)
    {
        var list = new List<SaveAttempt>(items.Count);
        foreach (var item in items)
        {
            try
            {
                list.Add(new SaveAttempt(Save(item.Result, item.ContentHash), null));
            }
            catch (Core.ConflictWatchException e)
            {
                list.Add(new SaveAttempt(null, e.Message));
            }
        }
        return list;
    }

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
