using ConflictWatch.Store;

namespace ConflictWatch.Analysis.Alerts;

/// <summary>An armed group active in an admin1 for the first time (it must have a history elsewhere).</summary>
public sealed class NewAreaRule : IAlertRule
{
    public string Name => "new-area";

    private static (int? Inter, string? Actor)[] Sides(Core.ConflictEvent e) => [(e.Inter1, e.Actor1), (e.Inter2, e.Actor2)];

    public IEnumerable<Alert> Evaluate(AlertContext context)
    {
        var firsts = context.Recent
            .Where(s => s.Event.Admin1 is not null)
            .SelectMany(s => Sides(s.Event)
                .Where(a => a.Actor is not null && ActorNames.IsArmedGroup(a.Inter) && !ActorNames.IsUnidentified(a.Actor))
                .Select(a => (Actor: a.Actor!, s.Event)))
            .GroupBy(x => (x.Actor, x.Event.Country, Admin1: x.Event.Admin1!))
            .Select(g => g.OrderBy(x => x.Event.EventDate).ThenBy(x => x.Event.EventId, StringComparer.Ordinal).First());
        foreach (var (actor, e) in firsts)
        {
            if (context.Queries.ActorSeenIn(actor, e.Country, e.Admin1!, e.EventDate))
            {
                continue;
            }
            var history = context.Store.Count(new EventQuery { Actor = actor, To = e.EventDate.AddDays(-1) });
            if (history < context.Options.NewAreaMinHistory)
            {
                continue;
            }
            yield return new Alert
            {
                Key = $"new-area|{actor}|{e.Country}|{e.Admin1}",
                Rule = Name,
                Severity = Severity.High,
                Actor = actor,
                Admin1 = e.Admin1,
                EventIds = [e.EventId],
                Message = $"{ActorNames.Short(actor)} active in {e.Admin1} ({e.Country}) for the first time: {e.Location} on {e.EventDate:yyyy-MM-dd} ({history} earlier events elsewhere)",
            };
        }
    }
}
