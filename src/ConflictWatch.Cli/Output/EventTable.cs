using ConflictWatch.Core;
using Spectre.Console;

namespace ConflictWatch.Cli.Output;

/// <summary>A compact terminal table of events, for people reading at a prompt.</summary>
public static class EventTable
{
    public static void Write(IAnsiConsole console, IReadOnlyList<ConflictEvent> events)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("date");
        table.AddColumn("type");
        table.AddColumn("actor1");
        table.AddColumn("actor2");
        table.AddColumn("location");
        table.AddColumn(new TableColumn("fat.").RightAligned());
        foreach (var e in events)
        {
            var fat = e.FatalitiesHigh is { } hi && hi != e.Fatalities ? $"{e.Fatalities}-{hi}" : e.Fatalities.ToString(System.Globalization.CultureInfo.InvariantCulture);
            table.AddRow(
                Markup.Escape(e.EventDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                Markup.Escape($"{e.EventType} / {e.SubEventType}"),
                Markup.Escape(e.Actor1),
                Markup.Escape(e.Actor2 ?? ""),
                Markup.Escape($"{e.Location}, {e.Country}"),
                fat);
        }
        console.Write(table);
    }
}
