using System.Globalization;
using ConflictWatch.Store;
using Spectre.Console;

namespace ConflictWatch.Cli.Output;

/// <summary>Stored events at a prompt: with their ids (for <c>event show</c>) and review state.</summary>
public static class StoredEventTable
{
    public static void Write(IAnsiConsole console, IEnumerable<StoredEvent> events)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var c in (string[])["id", "date", "type", "actor1", "actor2", "location", "fat.", "sources", "status"])
        {
            table.AddColumn(c);
        }
        foreach (var s in events)
        {
            var e = s.Event;
            var fat = e.FatalitiesHigh is { } hi && hi != e.Fatalities ? $"{e.Fatalities}-{hi}" : e.Fatalities.ToString(CultureInfo.InvariantCulture);
            table.AddRow(
                Markup.Escape(e.EventId),
                e.EventDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Markup.Escape($"{e.EventType} / {e.SubEventType}"),
                Markup.Escape(e.Actor1),
                Markup.Escape(e.Actor2 ?? ""),
                Markup.Escape($"{e.Location}, {e.Country}"),
                fat,
                Markup.Escape(e.Source),
                s.Status == ReviewStatus.Machine ? "" : s.Status.ToString().ToLowerInvariant());
        }
        console.Write(table);
    }
}
