using System.Runtime.CompilerServices;
using ConflictWatch.Core;

namespace ConflictWatch.Store.Sqlite;

/// <summary>
/// A <see cref="MonthCountTally"/> kept on a worker thread: the bulk import's writer hands over each
/// batch's inserted rows and goes on inserting, and the tally is put in key order while the full-text
/// index is built. Counting on the writer cost about a tenth of its time (a dictionary lookup with
/// case-folded hashing per row) and sorting the cells another 0.1 s per 200,000 rows, on the one thread
/// SQLite writes with, while the other core mostly waited. Batches are counted one after another, in order.
/// </summary>
internal sealed class BackgroundTally
{
    private readonly MonthCountTally tally = new();
    private Task pending = Task.CompletedTask;

    /// <summary>Counts the rows later; the list must not change afterwards.</summary>
    public void Add(List<ConflictEvent> inserted) => pending = pending.ContinueWith([MethodImpl(MethodImplOptions.AggressiveOptimization)] (previous) =>
    {
        previous.GetAwaiter().GetResult(); // a failure stays visible to Finish
        foreach (var e in inserted)
        {
            tally.Add(e.Country, e.Admin1, e.EventDate.Year * 100 + e.EventDate.Month, e.EventType, e.Fatalities, e.Kidnapped);
        }
    }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);

    /// <summary>Once every batch is counted, the cells in the summary table's key order (see <see cref="MonthCountTally.AddTo"/>).</summary>
    public Task<MonthCountTally.OrderedCells> Finish() => pending.ContinueWith(previous =>
    {
        previous.GetAwaiter().GetResult();
        return tally.Ordered();
    }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);

    /// <summary>Waits for the counting, if the import is abandoned, so no worker outlives it (its errors no longer matter).</summary>
    public void Abandon()
    {
        try
        {
            pending.Wait(CancellationToken.None);
        }
        catch (AggregateException)
        {
            // The import is being rolled back; the tally is dropped with it.
        }
    }
}
