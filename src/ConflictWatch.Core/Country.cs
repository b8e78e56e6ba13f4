namespace ConflictWatch.Core;

/// <summary>A country as ACLED names it, with its ISO codes and capital (the fallback point).</summary>
public sealed record Country(string Name, string Iso2, int IsoNumeric, string Capital, double CapitalLatitude, double CapitalLongitude);
