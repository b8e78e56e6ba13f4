using ConflictWatch.Core;

namespace ConflictWatch.Extraction.Places;

/// <summary>Where an event is coded: the point, its precision, the named place and admin units, and the country.</summary>
public sealed record ResolvedLocation(
    string Location,
    double Latitude,
    double Longitude,
    int GeoPrecision,
    Country Country,
    string? Admin1,
    string? Admin2,
    Place? Place);
