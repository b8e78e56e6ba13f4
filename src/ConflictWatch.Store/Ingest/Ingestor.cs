using ConflictWatch.Core;
using ConflictWatch.Extraction;
using ConflictWatch.Extraction.Input;

namespace ConflictWatch.Store.Ingest;

/// <summary>
/// Ingest: dispatches in, archived with their events and claims. Unchanged content is recognised by
/// its hash before extraction (so re-running an interrupted ingest is cheap); extraction runs in
/// parallel batches; saving is serial, one transaction per dispatch. A bad item is counted and
/// reported, and the batch goes on.
/// </summary>
public sealed class Ingestor
{
    private const int BatchSize = 64;
    private readonly IDispatchArchive archive;
    private readonly Func<Dispatch, ExtractionResult> extract;

    public Ingestor(IDispatchArchive archive, Func<Dispatch, ExtractionResult> extract)
    {
        this.archive = archive;
        this.extract = extract;
    }

    public IngestSummary Run(IEnumerable<DispatchInput> inputs, IProgress<IngestSummary>? progress = null, CancellationToken cancel = default)
    {
        int fresh = 0, updated = 0, unchanged = 0, failed = 0, added = 0, merged = 0, claims = 0;
        var failures = new List<string>();
        var batch = new List<(DispatchInput Input, string Hash)>(BatchSize);
        IngestSummary Snapshot() => new(fresh, updated, unchanged, failed, added, merged, claims, failures);

        void Fail(string message)
        {
            failed++;
            failures.Add(message);
        }

        void Flush()
        {
            var results = new (ExtractionResult? Result, string? Error)[batch.Count];
            Parallel.For(0, batch.Count, new ParallelOptions { CancellationToken = cancel }, i =>
            {
                try
                {
                    results[i] = (extract(batch[i].Input.Dispatch!), null);
                }
                catch (ConflictWatchException e)
                {
                    results[i] = (null, $"{batch[i].Input.Origin}: {e.Message}");
                }
            });
            for (var i = 0; i < batch.Count; i++)
            {
                cancel.ThrowIfCancellationRequested();
                if (results[i].Result is not { } result)
                {
                    Fail(results[i].Error!);
                    continue;
                }
                try
                {
                    var outcome = archive.Save(result, batch[i].Hash);
                    switch (outcome.Change)
                    {
                        case DispatchChange.New: fresh++; break;
                        case DispatchChange.Updated: updated++; break;
                        default: unchanged++; break;
                    }
                    added += outcome.EventsAdded;
                    merged += outcome.EventsMerged;
                    claims += outcome.Claims;
                }
                catch (ConflictWatchException e)
                {
                    Fail($"{batch[i].Input.Origin}: {e.Message}");
                }
                progress?.Report(Snapshot());
            }
            batch.Clear();
        }

        foreach (var input in inputs)
        {
            cancel.ThrowIfCancellationRequested();
            if (input.Dispatch is not { } d)
            {
                Fail(input.Error ?? $"{input.Origin}: unreadable");
                progress?.Report(Snapshot());
                continue;
            }
            var hash = ContentHash.Of(d);
            if (archive.Classify(d, hash) == DispatchChange.Unchanged)
            {
                unchanged++;
                progress?.Report(Snapshot());
                continue;
            }
            batch.Add((input, hash));
            if (batch.Count == BatchSize)
            {
                Flush();
            }
        }
        Flush();
        return Snapshot();
    }
}
