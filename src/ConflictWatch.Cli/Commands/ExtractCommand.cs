using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ConflictWatch.Cli.Options;
using ConflictWatch.Cli.Output;
using ConflictWatch.Core;
using ConflictWatch.Extraction;
using ConflictWatch.Extraction.Input;
using ConflictWatch.Extraction.Places;
using ConflictWatch.Store.Export;
using Spectre.Console;

namespace ConflictWatch.Cli.Commands;

/// <summary><c>extract PATH...</c>: dispatches to events (stdout) and claims (--claims FILE), using every core.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "files (.txt .md .html .jsonl), directories, or - for standard input" };
        var format = new Option<string?>("--format") { Description = "jsonl, csv or table (default: table on a terminal, jsonl otherwise)" };
        var claims = new Option<string?>("--claims") { Description = "write the claims as JSON Lines to this file" };
        var date = new Option<string?>("--date") { Description = "publication date (YYYY-MM-DD) for texts that carry none" };
        var gazetteer = new Option<string?>("--gazetteer") { Description = "a gazetteer index made by 'gazetteer import'" };
        var cmd = new Command("extract", "Extract ACLED-compatible events and claims from dispatches.") { paths, format, claims, date, gazetteer };
        cmd.SetAction(pr => Run(pr.GetValue(paths)!, pr.GetValue(format), pr.GetValue(claims), pr.GetValue(date), pr.GetValue(gazetteer)));
        return cmd;
    }

    private static int Run(string[] paths, string? formatName, string? claimsPath, string? dateText, string? gazetteerDir)
    {
        EventFormat format;
        DateOnly? published = null;
        try
        {
            format = EventFormats.Resolve(formatName);
            if (dateText is not null)
            {
                if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    throw new ArgumentException($"--date: \"{dateText}\" is not a date (YYYY-MM-DD)");
                }
                published = d;
            }
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }

        IGazetteer gaz;
        try
        {
            gaz = gazetteerDir is null ? Gazetteers.LoadDefault() : Gazetteers.Load(gazetteerDir);
        }
        catch (ConflictWatchException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }

        var pipeline = new EventPipeline(gaz);
        // Console.Out flushes on every line: a write call per event. Into a file or a pipe, a buffered
        // writer flushed at the end is what lets output keep up with extraction on every core.
        var stdout = Console.IsOutputRedirected
            ? new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false }
            : Console.Out;
        StreamWriter? claimsWriter = null;
        AcledCsvWriter? csv = format == EventFormat.Csv ? new AcledCsvWriter(stdout) : null;
        var tableRows = new List<ConflictEvent>();
        int good = 0, bad = 0, events = 0, claimCount = 0;
        try
        {
            claimsWriter = claimsPath is null ? null : new StreamWriter(claimsPath, append: false);
            (paths, var stdinError) = StandardInput.Check(paths);
            if (stdinError is not null)
            {
                bad++;
                Console.Error.WriteLine($"error: {stdinError}");
            }
            var results = new DispatchReader().Read(paths)
                .AsParallel().AsOrdered()
                .WithDegreeOfParallelism(Environment.ProcessorCount)
                .Select(input => ExtractOne(pipeline, input, published))
                // JSON is written by the worker that extracted the dispatch: on the one thread that
                // writes the output in order it held back every core once the extraction was fast
                .Select(r => (r.Input, r.Result, r.Error,
                    Lines: format == EventFormat.Jsonl ? r.Result?.Events.Select(e => JsonSerializer.Serialize(e, Json.Options)).ToArray() : null,
                    ClaimLines: claimsWriter is null ? null : r.Result?.Claims.Select(c => JsonSerializer.Serialize(c, Json.Options)).ToArray()));
            foreach (var (input, result, error, lines, claimLines) in results)
            {
                if (result is null)
                {
                    bad++;
                    Console.Error.WriteLine($"error: {error}");
                    continue;
                }
                good++;
                events += result.Events.Count;
                claimCount += result.Claims.Count;
                foreach (var line in lines ?? [])
                {
                    stdout.WriteLine(line);
                }
                foreach (var e in format == EventFormat.Jsonl ? [] : result.Events)
                {
                    if (format == EventFormat.Csv)
                    {
                        csv!.Write(e);
                    }
                    else
                    {
                        tableRows.Add(e);
                    }
                }
                foreach (var line in claimLines ?? [])
                {
                    claimsWriter!.WriteLine(line);
                }
            }
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
        finally
        {
            csv?.Dispose();
            claimsWriter?.Dispose();
            try
            {
                stdout.Flush(); // what was extracted before a failure is still written
            }
            catch (IOException)
            {
                // the reader went away (a closed pipe): nothing left to write to
            }
        }
        if (format == EventFormat.Table)
        {
            EventTable.Write(AnsiConsole.Console, tableRows);
            AnsiConsole.MarkupLine($"[grey]{good} dispatch(es), {events} event(s), {claimCount} claim(s){(bad > 0 ? $", {bad} failed" : "")}[/]");
        }
        stdout.Flush();
        return good == 0 && bad > 0 ? 1 : 0;
    }

    private static (DispatchInput Input, ExtractionResult? Result, string? Error) ExtractOne(EventPipeline pipeline, DispatchInput input, DateOnly? published)
    {
        if (input.Dispatch is null)
        {
            return (input, null, input.Error);
        }
        try
        {
            return (input, pipeline.Extract(input.Dispatch, published), null);
        }
        catch (BadInputException e)
        {
            // the pipeline knows the dispatch id; the user needs the file (and line) it came from
            return (input, null, $"{input.Origin}: {e.Problem}");
        }
        catch (ConflictWatchException e)
        {
            return (input, null, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // an extractor bug must cost one dispatch, not the batch
            return (input, null, $"{input.Origin}: internal error while extracting ({e.GetType().Name}: {e.Message})");
        }
    }
}
