using ConflictWatch.Core;
using ConflictWatch.Extraction;
using ConflictWatch.Extraction.Input;

namespace ConflictWatch.Store.Ingest;

/// <summary>
/// Ingest: dispatches in, archived with their events and claims. Unchanged content is recognised by
/// its hash before extraction (so re-running an interrupted ingest is cheap). Extraction runs in
/// parallel on batches, and while one batch is extracted the previous one is saved by this thread,
/// the single writer, in one transaction (<see cref="IDispatchArchive.SaveMany"/>). A bad item is
/// counted and reported, and the batch goes on.
/// </summary>
public sealed class Ingestor
{
    private const int BatchSize = 256;
    private readonly IDispatchArchive archive;
    private readonly Func<Dispatch, ExtractionResult> extract;

    public Ingestor(IDispatchArchive archive, Func<Dispatch, ExtractionResult> extract)
    {
        this.archive = archive;
        this.extract = extract;
    }

    private sealed record Extracted(DispatchInput Input, string Hash, ExtractionResult? Result, string? Error);

    public IngestSummary Run(IEnumerable<DispatchInput> inputs, IProgress<IngestSummary>? progress = null, CancellationToken cancel = default)
    {
        var tally = new Tally();
        var batch = new List<(DispatchInput Input, string Hash)>(BatchSize);
        Task<Extracted[]>? extracting = null;

        void SavePrevious()
        {
            if (extracting is null)
            {
                return;
            }
            var done = extracting.GetAwaiter().GetResult();
            extracting = null;
            Save(done, tally);
            progress?.Report(tally.Snapshot());
        }

        void Flush()
        {
            if (batch.Count == 0)
            {
                return;
            }
            var work = batch.ToArray();
            batch.Clear();
            var next = Task.Run(() => Extract(work, cancel), cancel);
            SavePrevious();
            extracting = next;
        }

        try
        {
            foreach (var input in inputs)
            {
                cancel.ThrowIfCancellationRequested();
                if (input.Dispatch is not { } d)
                {
                    tally.Fail(input.Error ?? $"{input.Origin}: unreadable");
                    progress?.Report(tally.Snapshot());
                    continue;
                }
                var hash = ContentHash.Of(d);
                if (archive.Classify(d, hash) == DispatchChange.Unchanged)
                {
                    tally.Unchanged++;
                    progress?.Report(tally.Snapshot());
                    continue;
                }
                batch.Add((input, hash));
                if (batch.Count == BatchSize)
                {
                    Flush();
                }
            }
            Flush();
            SavePrevious();
        }
        finally
        {
            // An exception left a batch extracting: let it finish before the caller disposes the store.
            try
            {
                extracting?.Wait(CancellationToken.None);
            }
            catch (AggregateException)
            {
                // Already failing with the first exception.
            }
        }
        return tally.Snapshot();
    }

    private Extracted[] Extract((DispatchInput Input, string Hash)[] work, CancellationToken cancel)
    {
        var results = new Extracted[work.Length];
        Parallel.For(0, work.Length, new ParallelOptions { CancellationToken = cancel }, i =>
        {
            var (input, hash) = work[i];
            try
            {
                results[i] = new Extracted(input, hash, extract(input.Dispatch!), null);
            }
            catch (ConflictWatchException e)
            {
                results[i] = new Extracted(input, hash, null, $"{input.Origin}: {e.Message}");
            }
        });
        return results;
    }

    private void Save(Extracted[] done, Tally tally)
    {
        var items = new List<SaveItem>(done.Length);
        var origins = new List<string>(done.Length);
        foreach (var x in done)
        {
            if (x.Result is { } r)
            {
                items.Add(new SaveItem(r, x.Hash));
                origins.Add(x.Input.Origin);
            }
            else
            {
                tally.Fail(x.Error!);
            }
        }
        var attempts = archive.SaveMany(items);
        for (var i = 0; i < attempts.Count; i++)
        {
            if (attempts[i].Outcome is not { } outcome)
            {
                tally.Fail($"{origins[i]}: {attempts[i].Error}");
                continue;
            }
            switch (outcome.Change)
            {
                case DispatchChange.New: tally.New++; break;
                case DispatchChange.Updated: tally.Updated++; break;
                default: tally.Unchanged++; break;
            }
            tally.Added += outcome.EventsAdded;
            tally.Merged += outcome.EventsMerged;
            tally.Claims += outcome.Claims;
        }
    }

    private sealed class Tally
    {
        private readonly List<string> failures = [];
        public int New, Updated, Unchanged, Failed, Added, Merged, Claims;

        public void Fail(string message)
        {
            Failed++;
            failures.Add(message);
        }

        public IngestSummary Snapshot() => new(New, Updated, Unchanged, Failed, Added, Merged, Claims, failures);
    }
}
