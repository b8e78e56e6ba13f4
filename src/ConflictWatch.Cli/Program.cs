using System.CommandLine;
using ConflictWatch.Cli.Commands;

var root = new RootCommand("ConflictWatch: dispatches about political violence in, ACLED-compatible events and claims out.");
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(GazetteerCommand.Create());
return await root.Parse(args).InvokeAsync();
