using ConflictWatch.Core;

namespace ConflictWatch.Extraction.Places;

/// <summary>Where gazetteers come from: the built-in default, or an index made by <c>gazetteer import</c>.</summary>
public static class Gazetteers
{
    /// <summary>The built-in gazetteer (curated Sahel supplement).</summary>
    public static IGazetteer LoadDefault() => new InMemoryGazetteer();

    /// <summary>An index directory made by <c>gazetteer import</c>, layered over the built-in default.</summary>
    public static IGazetteer Load(string directory) => throw new ConflictWatchException($"{directory}: gazetteer indexes are not supported yet");
}
