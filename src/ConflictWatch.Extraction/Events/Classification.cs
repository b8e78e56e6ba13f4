using ConflictWatch.Core;

namespace ConflictWatch.Extraction.Events;

/// <summary>The ACLED type of a clause's event and its two sides.</summary>
public sealed record Classification(string EventType, string SubEventType, Party Actor1, Party? Actor2, Frame Primary)
{
    public bool CivilianTargeting => EventType == EventTypes.ViolenceAgainstCivilians || (Actor2?.Role == Actors.ActorRole.Civilian && EventType == EventTypes.Explosions);
}
