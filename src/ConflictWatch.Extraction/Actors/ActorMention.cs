using ConflictWatch.Core;

namespace ConflictWatch.Extraction.Actors;

/// <summary>
/// An actor named or described in a sentence. <see cref="Actor"/> is set for registry actors;
/// descriptors carry a <see cref="Template"/> ("Military Forces of {country}") and, when the text
/// gives one ("Nigerien soldiers"), the demonym's country.
/// </summary>
public sealed record ActorMention(int Start, int End, string Text, ActorRole Role, Actor? Actor, string? Template, int Inter, string? CountryIso2)
{
    /// <summary>The canonical name on a date, in a country (for descriptors without a demonym).</summary>
    public string NameFor(DateOnly date, Country eventCountry, Func<string, Country?> byIso2)
    {
        if (Actor is not null)
        {
            return Actor.NameOn(date);
        }
        var country = CountryIso2 is not null ? byIso2(CountryIso2) ?? eventCountry : eventCountry;
        var name = Template!.Replace("{country}", country.Name, StringComparison.Ordinal);
        // foreign civilians keep their nationality; ACLED has no "Military Forces of" for a demonym-less foreign army
        return name;
    }
}
