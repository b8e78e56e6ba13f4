using ConflictWatch.Core;

namespace ConflictWatch.Store.Dedup;

/// <summary>
/// When two reports describe one incident (ACLED: one event per actor pair, location and day):
/// same country, dates within what their precision allows, within a few kilometres (more when the
/// location itself is coarse), compatible event types and actors. Pure, so the test set can
/// measure its precision and recall directly.
/// </summary>
public static class DedupRules
{
    /// <summary>The widest date window any pair can have, for the candidate query.</summary>
    public const int MaxDays = 31;

    /// <summary>The widest distance any pair can have, for the candidate query.</summary>
    public const double MaxKm = 60;

    /// <summary>Days two reports may differ by: a day for exact dates (time zones, "overnight"), a week, a month.</summary>
    public static int DayTolerance(int timePrecision) => timePrecision switch
    {
        <= 1 => 1,
        2 => 7,
        _ => MaxDays,
    };

    /// <summary>Kilometres two reports may differ by: a place, "near" a place, a region coded at its capital.</summary>
    public static double KmTolerance(int geoPrecision) => geoPrecision switch
    {
        <= 1 => 10,
        2 => 25,
        _ => MaxKm,
    };

    public static bool SameIncident(ConflictEvent a, ConflictEvent b)
    {
        if (!string.Equals(a.Country, b.Country, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var days = Math.Abs(a.EventDate.DayNumber - b.EventDate.DayNumber);
        if (days > DayTolerance(Math.Max(a.TimePrecision, b.TimePrecision)))
        {
            return false;
        }
        if (a.TimePrecision >= 3 && b.TimePrecision >= 3 && (a.EventDate.Year != b.EventDate.Year || a.EventDate.Month != b.EventDate.Month))
        {
            return false;
        }
        var km = Geo.DistanceKm(a.Latitude, a.Longitude, b.Latitude, b.Longitude);
        if (km > KmTolerance(Math.Max(a.GeoPrecision, b.GeoPrecision)))
        {
            return false;
        }
        return TypesCompatible(a.EventType, b.EventType) && ActorsCompatible(a, b);
    }

    /// <summary>
    /// Same type, or two political-violence types that sources routinely code differently (an attack
    /// on a post is a battle to one and an attack on civilians or an IED to another). Demonstrations and
    /// strategic developments only merge with their own type.
    /// </summary>
    public static bool TypesCompatible(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return EventTypes.DisorderOf(a) == "Political violence" && EventTypes.DisorderOf(b) == "Political violence";
    }

    /// <summary>
    /// Sides agree (in either order, since who initiated is often reported differently), where an
    /// unidentified or missing actor agrees with anyone but two named different actors do not.
    /// </summary>
    public static bool ActorsCompatible(ConflictEvent a, ConflictEvent b) =>
        (Side(a.Actor1, b.Actor1) && Side(a.Actor2, b.Actor2)) || (Side(a.Actor1, b.Actor2) && Side(a.Actor2, b.Actor1));

    private static bool Side(string? x, string? y) =>
        IsWildcard(x) || IsWildcard(y) || string.Equals(x!.Trim(), y!.Trim(), StringComparison.OrdinalIgnoreCase);

    private static bool IsWildcard(string? actor) =>
        string.IsNullOrWhiteSpace(actor) || actor.StartsWith("Unidentified", StringComparison.OrdinalIgnoreCase);

    /// <summary>How close a match is (smaller is closer), to pick the best of several candidates.</summary>
    public static double Distance(ConflictEvent a, ConflictEvent b) =>
        Math.Abs(a.EventDate.DayNumber - b.EventDate.DayNumber) * 10 + Geo.DistanceKm(a.Latitude, a.Longitude, b.Latitude, b.Longitude)
        + (string.Equals(a.EventType, b.EventType, StringComparison.OrdinalIgnoreCase) ? 0 : 5);
}
