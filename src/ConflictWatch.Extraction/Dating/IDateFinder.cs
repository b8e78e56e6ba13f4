namespace ConflictWatch.Extraction.Dating;

/// <summary>The dating stage: date expressions of a sentence, resolved against the entry or publication day.</summary>
public interface IDateFinder
{
    IReadOnlyList<DateMention> Find(string text, DateOnly reference);
}
