namespace ConflictWatch.Extraction.Events;

/// <summary>
/// Deaths and abductions a clause reports. <see cref="Deaths"/> is the undisputed low figure,
/// <see cref="DeathsHigh"/> the high one (ranges, ambiguous figures, one side's claim of enemy
/// dead); <see cref="PerPlace"/> keeps "23 and 8 respectively" apart for one event per place.
/// <see cref="Restated"/> marks a statement of the whole toll ("Fatalities were later raised to 160"),
/// which widens the event's range instead of adding to it.
/// </summary>
public sealed record Casualties(int Deaths, int DeathsHigh, int Claimed, int? Kidnapped, IReadOnlyList<int> PerPlace, bool SelfKilledAttacker, bool Restated = false)
{
    public static readonly Casualties None = new(0, 0, 0, null, [], false);

    public bool Any => Deaths > 0 || DeathsHigh > 0 || Claimed > 0 || Kidnapped > 0;

    /// <summary>Adds a follow-up sentence's figures ("Seventeen soldiers died") to the event's; a restated toll widens its range.</summary>
    public Casualties Plus(Casualties other) => other.Restated && (Deaths > 0 || DeathsHigh > 0)
        ? this with { Deaths = Math.Min(Deaths, other.Deaths), DeathsHigh = Math.Max(Math.Max(Deaths, DeathsHigh), other.DeathsHigh) }
        : new(
        Deaths + other.Deaths,
        DeathsHigh + other.DeathsHigh,
        Claimed + other.Claimed,
        Kidnapped is null && other.Kidnapped is null ? null : (Kidnapped ?? 0) + (other.Kidnapped ?? 0),
        PerPlace.Count > 0 ? PerPlace : other.PerPlace,
        SelfKilledAttacker || other.SelfKilledAttacker);

    /// <summary>The same incident's figures told twice: the larger of each, never their sum.</summary>
    public Casualties Widest(Casualties other) => new(
        Math.Max(Deaths, other.Deaths),
        Math.Max(DeathsHigh, other.DeathsHigh),
        Math.Max(Claimed, other.Claimed),
        Kidnapped is null && other.Kidnapped is null ? null : Math.Max(Kidnapped ?? 0, other.Kidnapped ?? 0),
        PerPlace.Count > 0 ? PerPlace : other.PerPlace,
        SelfKilledAttacker || other.SelfKilledAttacker);

    /// <summary>fatalities and fatalities_high as spec/events.md codes them.</summary>
    public (int Low, int? High) Fatalities(bool suicide)
    {
        var low = Deaths;
        var high = DeathsHigh;
        if (low == 0 && high == 0 && Claimed > 0)
        {
            return (Claimed, null);
        }
        high += Claimed;
        if (suicide && SelfKilledAttacker)
        {
            high += 1;
        }
        return (low, high > low ? high : null);
    }
}
