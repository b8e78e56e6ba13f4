using ConflictWatch.Core;

namespace ConflictWatch.Store.Import;

/// <summary>
/// Feeds rows to the store in batches. A store with a bulk path (<see cref="IBulkEventImport"/>) gets
/// the whole import as one all-or-nothing unit; otherwise each batch is one transaction and a killed
/// import leaves whole batches. Either way re-running it upserts by event id, so it completes
/// without duplicates.
/// </summary>
public static class Importer
{
    public const int BatchSize = 5000;

    public static ImportSummary Run(IEventImport store, IEnumerable<ImportRow> rows, string origin, IProgress<ImportSummary>? progress = null, CancellationToken cancel = default)
    {
        int total = 0, imported = 0, failed = 0, unchanged = 0;
        var errors = new List<string>();
        var batch = new List<ConflictEvent>(BatchSize);
        using var bulk = (store as IBulkEventImport)?.BeginBulkImport(origin);
        void Flush()
        {
            if (batch.Count == 0)
            {
                return;
            }
            var n = bulk?.Write(batch) ?? store.ImportBatch(batch, origin);
            imported += n;
            unchanged += batch.Count - n;
            batch.Clear();
            progress?.Report(new ImportSummary(total, imported, unchanged, failed, errors));
        }
        foreach (var row in bulk is null ? rows : ReadAhead.Of(rows, BatchSize, cancel))
        {
            cancel.ThrowIfCancellationRequested();
            total++;
            if (row.Event is { } e)
            {
                batch.Add(e);
                if (batch.Count == BatchSize)
                {
                    Flush();
                }
            }
            else
            {
                failed++;
                errors.Add(row.Error ?? $"line {row.Line}: unreadable");
            }
        }
        Flush();
        bulk?.Complete();
        return new ImportSummary(total, imported, unchanged, failed, errors);
    }
}
