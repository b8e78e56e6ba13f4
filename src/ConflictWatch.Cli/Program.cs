using System.CommandLine;
using ConflictWatch.Cli.Commands;

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
return await root.Parse(args).InvokeAsync();
