using ConflictWatch.Core;

namespace ConflictWatch.Store;

/// <summary>
/// Bulk loading of curated datasets (ACLED, UCDP). Upserts by event id, so re-running an import
/// after a crash completes it without duplicates; events a person touched are left as they are.
/// </summary>
public interface IEventImport
{
    /// <summary>Writes one batch in one transaction; returns how many rows were inserted or updated.</summary>
    int ImportBatch(IReadOnlyList<ConflictEvent> events, string origin);
}
