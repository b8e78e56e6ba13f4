namespace ConflictWatch.Extraction.Actors;

/// <summary>The actors stage: registry names and generic descriptors in a sentence.</summary>
public interface IActorFinder
{
    IReadOnlyList<ActorMention> Find(string text);
}
