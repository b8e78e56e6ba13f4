using System.CommandLine;
using ConflictWatch.Cli.Commands;
using Spectre.Console;

if (Console.IsOutputRedirected || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")))
{
    // tables and summaries sent to a file or a pipe carry no ANSI escape codes, whatever TERM says
    AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
        Out = new AnsiConsoleOutput(Console.Out),
    });
    // a file or pipe has no width of its own; 80 columns would wrap every event row
    AnsiConsole.Console.Profile.Width = 200;
}

var root = new RootCommand("ConflictWatch: dispatches about political violence in, ACLED-compatible events and claims out.");
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(GazetteerCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(ArchiveCommand.Create());
root.Subcommands.Add(SearchCommand.Create());
root.Subcommands.Add(EventsCommand.Create());
root.Subcommands.Add(EventCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(TrendsCommand.Create());
root.Subcommands.Add(HotspotsCommand.Create());
root.Subcommands.Add(ActorCommand.Create());
root.Subcommands.Add(ClaimsCommand.Create());
root.Subcommands.Add(WatchCommand.Create());
root.Subcommands.Add(AlertsCommand.Create());
root.Subcommands.Add(RiskCommand.Create());
root.Subcommands.Add(DemoCommand.Create(step => root.Parse(step).Invoke()));
return await root.Parse(args).InvokeAsync();
