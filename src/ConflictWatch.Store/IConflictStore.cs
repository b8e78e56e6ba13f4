namespace ConflictWatch.Store;

/// <summary>Everything a store provides; the CLI and the future API take this.</summary>
public interface IConflictStore : IEventStore, IDispatchArchive, IEventReview, IEventImport, IDisposable
{
    /// <summary>Where the store lives, for messages.</summary>
    string Location { get; }

    int SchemaVersion { get; }
}
