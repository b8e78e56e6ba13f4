namespace ConflictWatch.Extraction.Events;

/// <summary>The kinds of happening a trigger word opens; the classifier maps them to ACLED types.</summary>
public enum Frame
{
    Suicide, Air, Shelling, Grenade, IED, Rape, Abduct, Lynch, Teargas, Protest, Riot, Arrest, Defuse, Loot, Retake, Seize, Transfer, Base, Agreement, Change, Clash, Attack, Kill,
}

/// <summary>A trigger found in a sentence.</summary>
public sealed record Trigger(Frame Frame, int Start, int End, string Text);
