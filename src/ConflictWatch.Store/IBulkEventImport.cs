using ConflictWatch.Core;

namespace ConflictWatch.Store;

/// <summary>
/// A store that can load a whole import as one unit, faster than batch by batch: the per-row
/// maintenance (full-text and summary triggers, secondary indexes) is deferred to the end. A
/// separate interface so <see cref="IEventImport"/> stays as it is for providers without a bulk path.
/// </summary>
public interface IBulkEventImport
{
    /// <summary>Starts a bulk import; nothing is visible to readers until <see cref="IBulkImport.Complete"/>.</summary>
    IBulkImport BeginBulkImport(string origin);
}

/// <summary>
/// One bulk import: all or nothing. Disposing it without <see cref="Complete"/> (an error, a cancel,
/// a killed process) leaves the database exactly as it was before, so running the import again
/// completes it without duplicates.
/// </summary>
public interface IBulkImport : IDisposable
{
    /// <summary>Upserts a batch by event id (rows a person touched are kept); returns how many rows changed.</summary>
    int Write(IReadOnlyList<ConflictEvent> events);

    /// <summary>Rebuilds what was deferred and commits.</summary>
    void Complete();
}
