using ConflictWatch.Extraction.Actors;

namespace ConflictWatch.Analysis.Alerts;

/// <summary>Short names for messages ("ISGS" for Islamic State Sahel Province) and which actors are armed groups.</summary>
public static class ActorNames
{
    private static readonly Lazy<Dictionary<string, string>> Abbreviations = new(() =>
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (alias, caseSensitive, actor) in ActorRegistry.Shared.Aliases)
        {
            if (caseSensitive && alias.Length is >= 2 and <= 8 && alias.All(c => char.IsUpper(c) || char.IsDigit(c)))
            {
                map.TryAdd(actor.Name, alias);
            }
        }
        return map;
    });

    public static string Short(string actor) => Abbreviations.Value.TryGetValue(actor, out var s) ? s : actor;

    /// <summary>ACLED inter codes of non-state armed groups: rebels (2), political militias (3), identity militias (4).</summary>
    public static bool IsArmedGroup(int? inter) => inter is 2 or 3 or 4;

    /// <summary>The armed group of an event: actor1 when it is one, else actor2; null when neither is.</summary>
    public static string? ArmedActor(Core.ConflictEvent e) =>
        IsArmedGroup(e.Inter1) ? e.Actor1 : IsArmedGroup(e.Inter2) && e.Actor2 is not null ? e.Actor2 : null;

    /// <summary>Generic perpetrators ("Unidentified Armed Group (Mali)") have no territory of their own to enter.</summary>
    public static bool IsUnidentified(string actor) => actor.StartsWith("Unidentified", StringComparison.OrdinalIgnoreCase);
}
