namespace ConflictWatch.Core;

/// <summary>
/// An actor of the registry: canonical ACLED-style name, ACLED inter code, home country and
/// the dated names it went by, so that an event is coded with the name valid on its date.
/// </summary>
public sealed record Actor(
    string Name,
    int Inter,
    string? CountryCode,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<ActorRename> Renames)
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
}

/// <summary>Before <paramref name="From"/> the actor was known as <paramref name="FormerName"/>.</summary>
public sealed record ActorRename(string FormerName, DateOnly From);
