using ConflictWatch.Core;
using ConflictWatch.Extraction.Actors;

namespace ConflictWatch.Extraction.Events;

/// <summary>
/// One side of an event before its name is fixed: a mention from the text, or a role's default
/// ("Unidentified Armed Group ({country})") when the text names nobody. The name needs the
/// event's date (renamings) and country, so it is resolved at assembly.
/// </summary>
public sealed record Party(ActorRole Role, string? FixedName, string? Template, int Inter, string? CountryIso2, Actor? Actor)
{
    public static Party From(ActorMention m) => new(m.Role, null, m.Template, m.Inter, m.CountryIso2, m.Actor);

    public static Party Default(ActorRole role, string? iso2 = null) => role switch
    {
        ActorRole.State => new(role, null, "Military Forces of {country}", 1, iso2, null),
        ActorRole.Police => new(role, null, "Police Forces of {country}", 1, iso2, null),
        ActorRole.Government => new(role, null, "Government of {country}", 1, iso2, null),
        ActorRole.Civilian => new(role, null, "Civilians ({country})", 7, iso2, null),
        ActorRole.Protester => new(role, null, "Protesters ({country})", 6, iso2, null),
        ActorRole.Rioter => new(role, null, "Rioters ({country})", 5, iso2, null),
        _ => new(ActorRole.Armed, null, "Unidentified Armed Group ({country})", 2, null, null),
    };

    /// <summary>The same party in another role ("students" who march are protesters), keeping its country.</summary>
    public Party As(ActorRole role) => Actor is not null ? this : Default(role, CountryIso2);

    public string Name(DateOnly date, Country eventCountry)
    {
        if (FixedName is not null)
        {
            return FixedName;
        }
        if (Actor is not null)
        {
            return Actor.NameFor(date, eventCountry.Iso2, eventCountry.Name);
        }
        var country = (CountryIso2 is not null ? Places.Countries.ByIso2(CountryIso2) : null) ?? eventCountry;
        // unnamed armed groups are coded to the event's country, never to a demonym
        if (Role == ActorRole.Armed)
        {
            country = eventCountry;
        }
        return Template!.Replace("{country}", country.Name, StringComparison.Ordinal);
    }
}
