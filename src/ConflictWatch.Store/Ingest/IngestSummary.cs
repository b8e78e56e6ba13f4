namespace ConflictWatch.Store.Ingest;

/// <summary>The counts an ingest reports, as it goes (progress) and at the end (summary).</summary>
public sealed record IngestSummary(int New, int Updated, int Unchanged, int Failed, int EventsAdded, int EventsMerged, int Claims, IReadOnlyList<string> Failures)
{
    public int Processed => New + Updated + Unchanged + Failed;
}
