namespace ConflictWatch.Core;

/// <summary>A country as ACLED names it, with its ISO codes and capital (the fallback point).</summary>
public sealed record Country(string Name, string Iso2, int IsoNumeric, string Capital, double CapitalLatitude, double CapitalLongitude)
{
    /// <summary>Adjectives and nouns for its people ("Burkinabe", "Nigerien"), which name the country of an actor.</summary>
    public IReadOnlyList<string> Demonyms { get; init; } = [];

    /// <summary>Other names the news uses ("Ivory Coast", "Côte d'Ivoire").</summary>
    public IReadOnlyList<string> OtherNames { get; init; } = [];
}
