using ConflictWatch.Core;

namespace ConflictWatch.Extraction;

/// <summary>
/// The extraction facade: dispatch in, events and claims out. Stages are wired here and nowhere
/// else, so the CLI, the store's ingest and a future API all extract the same way.
/// Thread-safe: one instance serves every worker.
/// </summary>
public sealed class EventPipeline
{
    private readonly IGazetteer gazetteer;

    public EventPipeline(IGazetteer gazetteer)
    {
        this.gazetteer = gazetteer;
    }

    public IGazetteer Gazetteer => gazetteer;

    /// <summary>Extracts one dispatch. <paramref name="defaultPublished"/> applies when neither the dispatch nor its text gives a date.</summary>
    public ExtractionResult Extract(Dispatch dispatch, DateOnly? defaultPublished = null)
    {
        return new ExtractionResult(dispatch, dispatch.Text, dispatch.Title, dispatch.Published ?? defaultPublished, [], []);
    }
}
