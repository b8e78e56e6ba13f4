namespace ConflictWatch.Core;

/// <summary>
/// A gazetteer entry. Admin names are resolved at import time so that an event can carry its
/// admin1/admin2 without another lookup.
/// </summary>
public sealed record Place(
    long Id,
    string Name,
    double Latitude,
    double Longitude,
    string CountryCode,
    string? Admin1,
    string? Admin2,
    string FeatureClass,
    string FeatureCode,
    long Population)
{
    /// <summary>True for administrative units (regions, provinces, cercles), whose point is a seat or centroid.</summary>
    public bool IsAdministrative => FeatureClass == "A";

    /// <summary>True for towns and villages.</summary>
    public bool IsPopulated => FeatureClass == "P";
}
