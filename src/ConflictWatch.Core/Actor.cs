namespace ConflictWatch.Core;

/// <summary>
/// An actor of the registry: canonical ACLED-style name, ACLED inter code, home country and
/// the dated names it went by, so that an event is coded with the name valid on its date.
/// <see cref="Elsewhere"/> names the actor's counterpart outside its home country: the words that mean
/// Dan Na Ambassagou in central Mali ("Dozo militiamen") mean a local Dozo militia in Burkina Faso.
/// </summary>
public sealed record Actor(
    string Name,
    int Inter,
    string? CountryCode,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<ActorRename> Renames,
    string? Elsewhere = null)
{
    /// <summary>The name the actor bore on a date (ISGS became Islamic State Sahel Province in 2022).</summary>
    public string NameOn(DateOnly date)
    {
        var name = Name;
        foreach (var r in Renames)
        {
            if (date < r.From)
            {
                name = r.FormerName;
                break;
            }
        }
        return name;
    }

    /// <summary>The name for an event on <paramref name="date"/> in the country with ISO2 code <paramref name="eventIso2"/>.</summary>
    public string NameFor(DateOnly date, string eventIso2, string eventCountryName) =>
        Elsewhere is not null && CountryCode is not null && CountryCode != eventIso2
            ? Elsewhere.Replace("{country}", eventCountryName, StringComparison.Ordinal)
            : NameOn(date);
}

/// <summary>Before <paramref name="From"/> the actor was known as <paramref name="FormerName"/>.</summary>
public sealed record ActorRename(string FormerName, DateOnly From);
