using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ConflictWatch.Cli.Options;
using ConflictWatch.Cli.Output;
using ConflictWatch.Core;
using ConflictWatch.Extraction;
using ConflictWatch.Extraction.Places;
using ConflictWatch.Store.Ingest;
using Spectre.Console;

namespace ConflictWatch.Cli.Commands;

/// <summary><c>ingest PATH|URL...</c>: archive dispatches with their events and claims; idempotent by content.</summary>
public static class IngestCommand
{
    private const int PlainEvery = 1000;

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "files (.txt .md .html .jsonl), RSS/Atom feeds (.rss .atom .xml), directories, http(s) URLs of pages or feeds, or - for standard input" };
        var db = StoreOptions.Db();
        var date = new Option<string?>("--date") { Description = "publication date (YYYY-MM-DD) for texts that carry none" };
        var timeout = new Option<int>("--timeout") { Description = "seconds to wait for a URL", DefaultValueFactory = _ => 30 };
        var maxMb = new Option<int>("--max-mb") { Description = "largest document fetched from a URL, in MB", DefaultValueFactory = _ => 10 };
        var cmd = new Command("ingest", "Archive dispatches in the database with the events and claims extracted from them.") { paths, db, date, timeout, maxMb };
        cmd.SetAction(pr => StoreOptions.Guard(() => Run(pr.GetValue(paths)!, pr.GetValue(db), pr.GetValue(date), pr.GetValue(timeout), pr.GetValue(maxMb))));
        return cmd;
    }

    private static int Run(string[] paths, string? dbPath, string? dateText, int timeout, int maxMb)
    {
        DateOnly? published = null;
        if (dateText is not null)
        {
            published = DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d : throw new ConflictWatchException($"--date: \"{dateText}\" is not a date (YYYY-MM-DD)");
        }
        using var store = StoreOptions.Open(dbPath);
        var pipeline = new EventPipeline(Gazetteers.LoadDefault());
        using var fetcher = new HttpFetcher(TimeSpan.FromSeconds(timeout), maxMb * 1024L * 1024L);
        (paths, var stdinError) = StandardInput.Check(paths);
        if (stdinError is not null)
        {
            Console.Error.WriteLine($"error: {stdinError}");
        }
        var inputs = new IngestSources(fetcher).Read(paths);
        var ingestor = new Ingestor(store, dispatch => pipeline.Extract(dispatch, published));
        var clock = Stopwatch.StartNew();
        IngestSummary summary;
        var interactive = !Console.IsErrorRedirected && !Console.IsOutputRedirected;
        if (interactive)
        {
            summary = AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new SpinnerColumn(), new ElapsedTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("ingest");
                    task.IsIndeterminate = true;
                    return ingestor.Run(inputs, new SyncProgress<IngestSummary>(s => task.Description = Markup.Escape(Line(s, clock))));
                });
        }
        else
        {
            var next = PlainEvery;
            summary = ingestor.Run(inputs, new SyncProgress<IngestSummary>(s =>
            {
                if (s.Processed >= next)
                {
                    next += PlainEvery;
                    Console.Error.WriteLine($"ingest: {Line(s, clock)}");
                }
            }));
        }
        foreach (var f in summary.Failures)
        {
            Console.Error.WriteLine($"error: {f}");
        }
        var failed = summary.Failed + (stdinError is null ? 0 : 1);
        Console.WriteLine($"dispatches: {summary.New} new, {summary.Updated} updated, {summary.Unchanged} unchanged, {failed} failed; events: {summary.EventsAdded} new, {summary.EventsMerged} merged into existing; claims: {summary.Claims}");
        AlertsCommand.Evaluate(store, quiet: false);
        return failed > 0 && summary.Processed == summary.Failed ? 1 : 0;
    }

    private static string Line(IngestSummary s, Stopwatch clock) =>
        $"{s.Processed} dispatches ({s.New} new, {s.Updated} updated, {s.Unchanged} unchanged, {s.Failed} failed), {s.EventsAdded + s.EventsMerged} events, {s.Processed / Math.Max(0.001, clock.Elapsed.TotalSeconds):0}/s";
}
