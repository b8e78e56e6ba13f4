using System.CommandLine;
using ConflictWatch.Cli.Options;
using Spectre.Console;

namespace ConflictWatch.Cli.Commands;

/// <summary><c>search "query"</c>: full-text over dispatches and event notes, accents folded, ranked (bm25), with highlighted snippets.</summary>
public static class SearchCommand
{
    private const string Open = "\u0002";
    private const string Close = "\u0003";

    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "words (Ménaka finds Menaka), \"a phrase\", prefix*, AND/OR/NOT" };
        var db = StoreOptions.Db();
        var limit = new Option<int>("--limit") { Description = "at most this many hits", DefaultValueFactory = _ => 20 };
        var cmd = new Command("search", "Full-text search over dispatches and event notes.") { query, db, limit };
        cmd.SetAction(pr => StoreOptions.Guard(() => Run(pr.GetValue(db), pr.GetValue(query)!, pr.GetValue(limit))));
        return cmd;
    }

    private static int Run(string? dbPath, string query, int limit)
    {
        using var store = StoreOptions.Open(dbPath);
        var hits = store.Search(query, limit, Open, Close);
        var plain = Console.IsOutputRedirected;
        foreach (var h in hits)
        {
            var kind = h.Kind.ToString().ToLowerInvariant();
            var snippet = h.Snippet.ReplaceLineEndings(" ");
            if (plain)
            {
                Console.WriteLine($"{kind}\t{h.Id}\t{h.Title}\t{snippet.Replace(Open, "[", StringComparison.Ordinal).Replace(Close, "]", StringComparison.Ordinal)}");
            }
            else
            {
                var marked = Markup.Escape(snippet).Replace(Open, "[bold yellow]", StringComparison.Ordinal).Replace(Close, "[/]", StringComparison.Ordinal);
                AnsiConsole.MarkupLine($"[grey]{kind}[/] [bold]{Markup.Escape(h.Id)}[/] {Markup.Escape(h.Title ?? "")}");
                AnsiConsole.MarkupLine($"    {marked}");
            }
        }
        if (!plain)
        {
            AnsiConsole.MarkupLine($"[grey]{hits.Count} hit(s)[/]");
        }
        return 0;
    }
}
