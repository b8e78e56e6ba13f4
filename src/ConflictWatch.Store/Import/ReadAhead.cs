using System.Collections.Concurrent;

namespace ConflictWatch.Store.Import;

/// <summary>
/// Enumerates a source on a worker thread and hands it over in chunks, so parsing a CSV file overlaps
/// with writing the previous rows (the writer is single-threaded; the parser would otherwise wait for it).
/// The source's exceptions reach the consumer after the rows read before them.
/// </summary>
internal static class ReadAhead
{
    public static IEnumerable<T> Of<T>(IEnumerable<T> source, int chunk, CancellationToken cancel)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        using var queue = new BlockingCollection<List<T>>(boundedCapacity: 4);
        var producer = Task.Run(() =>
        {
            try
            {
                var buffer = new List<T>(chunk);
                foreach (var item in source)
                {
                    buffer.Add(item);
                    if (buffer.Count == chunk)
                    {
                        queue.Add(buffer, stop.Token);
                        buffer = new List<T>(chunk);
                    }
                }
                queue.Add(buffer, stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The consumer stopped early; nothing more is wanted.
            }
            finally
            {
                queue.CompleteAdding();
            }
        }, CancellationToken.None);
        try
        {
            foreach (var list in queue.GetConsumingEnumerable(cancel))
            {
                foreach (var item in list)
                {
                    yield return item;
                }
            }
        }
        finally
        {
            stop.Cancel();
            producer.Wait(CancellationToken.None);
        }
        producer.GetAwaiter().GetResult();
    }
}
