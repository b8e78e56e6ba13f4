namespace ConflictWatch.Extraction.Actors;

/// <summary>What kind of party a mention is; event classification turns on it (armed target = battle, civilian target = violence against civilians).</summary>
public enum ActorRole
{
    /// <summary>A named non-state armed group, militia or foreign force from the registry.</summary>
    Named,
    State,
    Police,
    Government,
    Armed,
    Civilian,
    Protester,
    Rioter,
}

public static class ActorRoles
{
    /// <summary>Parties that fight back: attacking them is a battle, not violence against civilians.</summary>
    public static bool IsArmed(this ActorRole r) => r is ActorRole.Named or ActorRole.State or ActorRole.Police or ActorRole.Armed;

    public static bool IsStateSide(this ActorRole r) => r is ActorRole.State or ActorRole.Police or ActorRole.Government;
}
