namespace ConflictWatch.Extraction.Numbers;

/// <summary>The numbers stage: counts with their ranges and qualifiers.</summary>
public interface ICountFinder
{
    IReadOnlyList<Count> Find(string text);
}
