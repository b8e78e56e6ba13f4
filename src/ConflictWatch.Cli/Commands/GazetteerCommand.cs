using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ConflictWatch.Core;
using ConflictWatch.Extraction.Places;

namespace ConflictWatch.Cli.Commands;

/// <summary>
/// <c>gazetteer import FILE... --output DIR</c> compiles GeoNames dumps into the index
/// <c>extract --gazetteer</c> loads; <c>gazetteer lookup NAME</c> shows what a name resolves to.
/// </summary>
public static class GazetteerCommand
{
    private const string Attribution = "Place data from GeoNames (https://www.geonames.org), CC BY 4.0, and the ConflictWatch Sahel supplement.";
    private const int ProblemsShown = 20;

    public static Command Create()
    {
        var cmd = new Command("gazetteer", "Build and inspect gazetteer indexes.");
        cmd.Subcommands.Add(CreateImport());
        cmd.Subcommands.Add(CreateLookup());
        return cmd;
    }

    private static Command CreateImport()
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "GeoNames dumps (ML.txt, ML.zip, cities500.txt)" };
        var output = new Option<string>("--output") { Required = true, Description = "directory to write the index to" };
        var cmd = new Command("import", "Compile GeoNames dumps into a gazetteer index.") { files, output };
        cmd.SetAction(pr => Import(pr.GetValue(files)!, pr.GetValue(output)!));
        return cmd;
    }

    private static Command CreateLookup()
    {
        var name = new Argument<string>("name") { Description = "a place name, in any spelling or case" };
        var gazetteer = new Option<string?>("--gazetteer") { Description = "a gazetteer index made by 'gazetteer import' (default: the built-in supplement)" };
        var country = new Option<string[]>("--country") { Description = "ISO2 codes of countries to prefer", AllowMultipleArgumentsPerToken = true };
        var cmd = new Command("lookup", "Show the places a name can mean, most likely first.") { name, gazetteer, country };
        cmd.SetAction(pr => Lookup(pr.GetValue(name)!, pr.GetValue(gazetteer), pr.GetValue(country) ?? []));
        return cmd;
    }

    private static int Import(string[] files, string output)
    {
        var watch = Stopwatch.StartNew();
        GeoNamesImport import;
        try
        {
            import = Gazetteers.Import(files, output);
        }
        catch (Exception e) when (e is ConflictWatchException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
        foreach (var p in import.Problems.Take(ProblemsShown))
        {
            Console.Error.WriteLine($"warning: {p}");
        }
        if (import.Problems.Count > ProblemsShown)
        {
            Console.Error.WriteLine($"warning: ... and {import.Problems.Count - ProblemsShown} more bad line(s)");
        }
        if (import.Entries.Count == 0)
        {
            Console.Error.WriteLine("error: nothing usable was read; no index written");
            return 1;
        }
        var seconds = watch.Elapsed.TotalSeconds;
        var size = new FileInfo(Path.Combine(output, CompiledGazetteer.FileName)).Length;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{import.RowsRead:N0} rows read, {import.Entries.Count:N0} places kept, {import.Problems.Count} bad line(s); {size / 1024.0 / 1024.0:F1} MB written to {output} in {seconds:F1} s"));
        Console.Error.WriteLine(Attribution);
        return 0;
    }

    private static int Lookup(string name, string? gazetteerDir, string[] countries)
    {
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
        var context = new RankingContext(countries.Length == 0 ? null : countries.Select(c => c.ToUpperInvariant()).ToHashSet());
        var ranked = PlaceRanker.Rank(gaz.Find(name), context);
        if (ranked.Count == 0)
        {
            Console.Error.WriteLine($"no place named \"{name}\"");
            return 1;
        }
        var rows = ranked.Select(p => new[]
        {
            p.Name, p.CountryCode, p.Admin1 ?? "-", p.Admin2 ?? "-", $"{p.FeatureClass}.{p.FeatureCode}",
            p.Population.ToString(CultureInfo.InvariantCulture),
            p.Latitude.ToString("F5", CultureInfo.InvariantCulture), p.Longitude.ToString("F5", CultureInfo.InvariantCulture),
            p.Id < 0 ? "supplement" : $"geonames:{p.Id}",
        }).Prepend(["name", "country", "admin1", "admin2", "feature", "population", "lat", "lon", "source"]).ToList();
        var widths = Enumerable.Range(0, rows[0].Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
        foreach (var r in rows)
        {
            Console.WriteLine(string.Join("  ", r.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
        }
        Console.WriteLine(Attribution);
        return 0;
    }
}
