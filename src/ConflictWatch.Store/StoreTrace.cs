using System.Diagnostics;

namespace ConflictWatch.Store;

/// <summary>
/// The store's long operations as <see cref="Activity"/> spans (source "ConflictWatch.Store"), one per
/// phase of a bulk import: the library reports where its time goes without printing, and a benchmark or
/// a tracing exporter listens. With no listener a span costs one null check.
/// </summary>
public static class StoreTrace
{
    public const string SourceName = "ConflictWatch.Store";

    internal static readonly ActivitySource Source = new(SourceName);

    /// <summary>Starts a span named <paramref name="phase"/>, or returns null when nobody listens.</summary>
    internal static Activity? Phase(string phase) => Source.StartActivity(phase);
}
