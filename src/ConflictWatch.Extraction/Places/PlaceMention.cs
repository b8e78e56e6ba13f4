using ConflictWatch.Core;

namespace ConflictWatch.Extraction.Places;

/// <summary>How a place is referred to, which decides the point and geo_precision of an event there.</summary>
public enum PlaceRelation
{
    /// <summary>"in Boni": the place itself.</summary>
    At,
    /// <summary>"near Boni", "outside Gao", "on the outskirts of Djibo": the place's point, precision 2.</summary>
    Near,
    /// <summary>"30 km east of Djibo": moved along the bearing, precision 2.</summary>
    Offset,
    /// <summary>"between Dori and Sebba": the midpoint, precision 2.</summary>
    Between,
    /// <summary>"(Koro cercle)", "in the Tillabéri region": context that ranks other mentions, not a location of its own.</summary>
    Context,
}

/// <summary>
/// A place name found in a sentence with its candidate places (unranked) and how the text relates the event to it.
/// <see cref="NamesUnit"/> marks a name after the comma of a bracket ("Tanwalbougou (Tanwalbougou, Gourma)"):
/// ACLED's notes put the district there (cercle, province, department), so it means the unit, not a namesake village.
/// </summary>
public sealed record PlaceMention(
    int Start,
    int End,
    string Text,
    IReadOnlyList<Place> Candidates,
    PlaceRelation Relation,
    double DistanceKm = 0,
    double BearingDegrees = 0,
    PlaceMention? Other = null,
    bool SaysAdministrative = false,
    bool NamesUnit = false);
