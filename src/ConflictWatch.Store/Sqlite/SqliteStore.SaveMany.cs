using ConflictWatch.Core;

namespace ConflictWatch.Store.Sqlite;

/// <summary>
/// Saving a batch of dispatches in one transaction: one commit (and one WAL append) per batch
/// instead of per dispatch. Each dispatch runs under its own savepoint, so one that fails is undone
/// alone and the rest of the batch is kept; a crash loses the whole uncommitted batch, which a
/// rerun saves again (content hashes make it idempotent). The full-text index is brought up to date
/// once per batch (<see cref="BatchText"/>).
/// </summary>
public sealed partial class SqliteStore
{
    public IReadOnlyList<SaveAttempt> SaveMany(IReadOnlyList<SaveItem> items)
    {
        try
        {
            return InTransaction(tx =>
            {
                if (items.Count < BatchTextFrom)
                {
                    return SaveEach(items, tx);
                }
                batchText = new BatchText(this, tx);
                var list = SaveEach(items, tx);
                batchText.Complete();
                return list;
            });
        }
        catch
        {
            InvalidateCandidates(); // it may list events the rollback removed
            throw;
        }
        finally
        {
            batchText = null;
        }
    }

    /// <summary>An item rolled back to its savepoint may leave ids in the candidate index; harmless, as candidates are re-read.</summary>
    private List<SaveAttempt> SaveEach(IReadOnlyList<SaveItem> items, Microsoft.Data.Sqlite.SqliteTransaction tx)
    {
        var list = new List<SaveAttempt>(items.Count);
        foreach (var item in items)
        {
            tx.Save("item");
            try
            {
                list.Add(new SaveAttempt(SaveIn(item.Result, item.ContentHash, tx), null));
                tx.Release("item");
            }
            catch (ConflictWatchException e)
            {
                tx.Rollback("item");
                tx.Release("item");
                list.Add(new SaveAttempt(null, e.Message));
            }
        }
        return list;
    }
}
