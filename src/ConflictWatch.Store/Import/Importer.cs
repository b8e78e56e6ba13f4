using ConflictWatch.Core;

namespace ConflictWatch.Store.Import;

/// <summary>
/// Feeds rows to the store in batches of one transaction each: a killed import leaves whole batches,
/// and re-running it upserts by event id, so it completes without duplicates.
/// </summary>
public static class Importer
{
    public const int BatchSize = 5000;

    public static ImportSummary Run(IEventImport store, IEnumerable<ImportRow> rows, string origin, IProgress<ImportSummary>? progress = null, CancellationToken cancel = default)
    {
        int total = 0, imported = 0, failed = 0, unchanged = 0;
        var errors = new List<string>();
        var batch = new List<ConflictEvent>(BatchSize);
        void Flush()
        {
            if (batch.Count == 0)
            {
                return;
            }
            var n = store.ImportBatch(batch, origin);
            imported += n;
            unchanged += batch.Count - n;
            batch.Clear();
            progress?.Report(new ImportSummary(total, imported, unchanged, failed, errors));
        }
        foreach (var row in rows)
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
        return new ImportSummary(total, imported, unchanged, failed, errors);
    }
}
