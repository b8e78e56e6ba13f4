namespace ConflictWatch.Extraction.Places;

/// <summary>The places stage: gazetteer names in a sentence and how the sentence relates to each.</summary>
public interface IPlaceFinder
{
    /// <param name="isMasked">spans already read as something else (an actor's name such as "Katiba Macina").</param>
    IReadOnlyList<PlaceMention> Find(string text, Func<int, int, bool> isMasked);
}
