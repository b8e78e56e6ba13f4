using ConflictWatch.Core;
using ConflictWatch.Extraction.Places;
using ConflictWatch.Store;

namespace ConflictWatch.Analysis.Claims;

/// <summary>
/// A claim beside the same quantity computed from stored events over the claim's period and area.
/// <see cref="FromEvents"/> is null when events cannot measure the unit (e.g. "displaced").
/// </summary>
public sealed record ClaimComparison(Claim Claim, long? FromEvents, long Events, string Measure);

/// <summary>Computes, for each stored claim, what the events in the store say about the same thing.</summary>
public sealed class ClaimComparer(IAnalysisQueries store)
{
    private const string Abduction = "Abduction/forced disappearance";

    public IReadOnlyList<ClaimComparison> Compare(string? unit = null) => store.Claims(unit).Select(Compare).ToList();

    public ClaimComparison Compare(Claim claim)
    {
        var countries = AreaCountries(claim.Area);
        var (measure, query, pick) = Measure(claim.Unit);
        if (query is null)
        {
            return new ClaimComparison(claim, null, 0, measure);
        }
        long value = 0, events = 0;
        foreach (var country in countries.DefaultIfEmpty(null))
        {
            var q = query with { Filter = new EventQuery { From = claim.PeriodStart, To = claim.PeriodEnd, Country = country, Actor = claim.Actor }, Bucket = TimeBucket.None };
            foreach (var row in store.Aggregate(q))
            {
                value += pick(row);
                events += row.Events;
            }
        }
        return new ClaimComparison(claim, value, events, measure);
    }

    /// <summary>What the events say for a claim's unit, as a description, an aggregate query and the figure to take from it.</summary>
    public static (string Measure, AggregateQuery? Query, Func<AggregateRow, long> Pick) Measure(string unit) => unit.Trim().ToLowerInvariant() switch
    {
        "kidnappings" or "abductions" => ("abduction events", new AggregateQuery { SubEventType = Abduction }, r => r.Events),
        "kidnapped" or "abducted" or "hostages" => ("people kidnapped in abduction events", new AggregateQuery { SubEventType = Abduction, WithKidnapped = true }, r => r.Kidnapped),
        "civilians killed" => ("fatalities in events targeting civilians", new AggregateQuery { CivilianTargetingOnly = true }, r => r.Fatalities),
        "killed" or "deaths" or "fatalities" => ("fatalities", new AggregateQuery(), r => r.Fatalities),
        "attacks" or "incidents" or "events" => ("events", new AggregateQuery(), r => r.Events),
        _ => ("not measured by events", null, _ => 0),
    };

    /// <summary>The countries a claim's area names; none (meaning every country) for a region such as "the Sahel".</summary>
    public static IReadOnlyList<string> AreaCountries(string area)
    {
        var found = new List<string>();
        foreach (var part in area.Split([',', ';', '/', '&'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                     .SelectMany(p => p.Split(" and ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (Countries.ByName(part) is { } c)
            {
                found.Add(c.Name);
            }
        }
        return found;
    }
}
