using System.Text.Json;

namespace ConflictWatch.Cli.Tests;

/// <summary><c>extract</c>: formats, options and every kind of input, through the real CLI.</summary>
public sealed class ExtractTests
{
    private static string Wire => Path.Combine(RepoFiles.Samples, "wire-niger-2024-02-12.txt");

    private static string Str(JsonElement e, string name) => e.GetProperty(name).GetString()!;

    [Fact]
    public void Jsonl_is_the_default_when_stdout_is_redirected_and_every_event_names_its_dispatch()
    {
        var r = Cli.Run("extract", Wire);
        Assert.True(r.Exit == 0, r.ToString());
        var events = r.Lines();
        Assert.NotEmpty(events);
        foreach (var e in events)
        {
            Assert.Equal("wire-niger-2024-02-12", Str(e, "dispatch_id"));
            Assert.False(string.IsNullOrEmpty(Str(e, "event_id")));
            Assert.False(string.IsNullOrEmpty(Str(e, "event_type")));
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", Str(e, "event_date"));
            Assert.Equal(JsonValueKind.Object, e.GetProperty("evidence").ValueKind);
        }
    }

    [Fact]
    public void Format_jsonl_gives_the_same_events_as_the_default()
    {
        var byDefault = Cli.Run("extract", Wire);
        var jsonl = Cli.Run("extract", "--format", "jsonl", Wire);
        Assert.Equal(0, jsonl.Exit);
        Assert.Equal(byDefault.Out, jsonl.Out);
    }

    [Fact]
    public void Format_csv_has_the_ACLED_columns_and_one_row_per_event()
    {
        var events = Cli.Run("extract", Wire).Lines();
        var r = Cli.Run("extract", "--format", "csv", Wire);
        Assert.True(r.Exit == 0, r.ToString());
        var lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var header = lines[0].Split(',');
        foreach (var column in (string[])["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
                     "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region",
                     "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
                     "fatalities", "tags", "timestamp"])
        {
            Assert.Contains(column, header);
        }
        Assert.Equal("event_id_cnty", header[0]);
        Assert.Equal(events.Count, lines.Length - 1);
        Assert.StartsWith(Str(events[0], "event_id") + ",", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Format_table_lists_the_events_and_a_summary()
    {
        var r = Cli.Run("extract", "--format", "table", Wire);
        Assert.True(r.Exit == 0, r.ToString());
        Assert.Contains("date", r.Out, StringComparison.Ordinal);
        Assert.Contains("2024-02-10", r.Out, StringComparison.Ordinal);
        Assert.Contains("1 dispatch(es)", r.Out, StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(r.Out.Split('\n')[0]));
    }

    [Fact]
    public void An_unknown_format_is_refused_with_a_message()
    {
        var r = Cli.Run("extract", "--format", "xml", Wire);
        Assert.NotEqual(0, r.Exit);
        Assert.Contains("xml", r.Err, StringComparison.Ordinal);
        Assert.Equal("", r.Out);
    }

    [Fact]
    public void Claims_are_written_as_jsonl_to_the_claims_path()
    {
        using var t = new TempDir();
        var claimsPath = t.Combine("claims.jsonl");
        var r = Cli.Run("extract", "--claims", claimsPath, Wire);
        Assert.True(r.Exit == 0, r.ToString());
        var claims = File.ReadAllLines(claimsPath).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.NotEmpty(claims);
        var c = Assert.Single(claims, c => c.GetProperty("quantity").GetDouble() == 900);
        Assert.Equal("wire-niger-2024-02-12", Str(c, "dispatch_id"));
        Assert.False(string.IsNullOrEmpty(Str(c, "claim_id")));
        Assert.False(string.IsNullOrEmpty(Str(c, "unit")));
        Assert.Equal("2023-01-01", Str(c, "period_start"));
        Assert.Equal("2023-12-31", Str(c, "period_end"));
        // claims go to their file, never into the event stream
        Assert.DoesNotContain("claim_id", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_date_option_dates_a_text_that_carries_no_date()
    {
        using var t = new TempDir();
        var file = t.File("undated.txt", "Yesterday, gunmen killed three villagers near Gao, Mali.");
        var r = Cli.Run("extract", "--date", "2023-03-06", file);
        Assert.True(r.Exit == 0, r.ToString());
        var e = Assert.Single(r.Lines());
        Assert.Equal("2023-03-05", Str(e, "event_date"));
        Assert.Equal("undated", Str(e, "dispatch_id"));
    }

    [Fact]
    public void The_date_option_does_not_override_a_date_the_dispatch_carries()
    {
        using var t = new TempDir();
        var file = t.File("dated.jsonl", Dispatches.JsonLine("dated-1", "Yesterday, gunmen killed three villagers near Gao, Mali.", "2022-07-11") + "\n");
        var r = Cli.Run("extract", "--date", "2023-03-06", file);
        Assert.True(r.Exit == 0, r.ToString());
        Assert.Equal("2022-07-10", Str(Assert.Single(r.Lines()), "event_date"));
    }

    [Fact]
    public void A_gazetteer_index_built_by_gazetteer_import_places_a_village_the_default_does_not_know()
    {
        using var t = new TempDir();
        // Two rows in the GeoNames dump format (19 tab-separated columns): a region and an invented village.
        var dump = t.File("XX.txt",
            "900001\tMenaka Region\tMenaka Region\t\t16.0\t2.0\tA\tADM1\tML\t\t08\t\t\t\t300000\t\t300\tAfrica/Bamako\t2020-01-01\n" +
            "900002\tKwarandiba\tKwarandiba\tKouarandiba\t15.5\t2.8\tP\tPPL\tML\t\t08\t\t\t\t900\t\t280\tAfrica/Bamako\t2020-01-01\n");
        var index = t.Combine("gaz");
        var import = Cli.Run("gazetteer", "import", dump, "--output", index);
        Assert.True(import.Exit == 0, import.ToString());
        Assert.Contains("2 places kept", import.Out + import.Err, StringComparison.Ordinal);

        var text = t.File("village.txt", "On 3 March 2023, gunmen killed four civilians in the village of Kouarandiba, Mali.");
        var r = Cli.Run("extract", "--gazetteer", index, text);
        Assert.True(r.Exit == 0, r.ToString());
        var e = Assert.Single(r.Lines());
        Assert.Equal("Kwarandiba", Str(e, "location"));
        Assert.Equal(15.5, e.GetProperty("latitude").GetDouble(), 3);
        Assert.Equal(2.8, e.GetProperty("longitude").GetDouble(), 3);
        Assert.Equal(1, e.GetProperty("geo_precision").GetInt32());

        var without = Cli.Run("extract", text);
        Assert.NotEqual("Kwarandiba", Str(Assert.Single(without.Lines()), "location"));
    }

    [Fact]
    public void A_missing_gazetteer_directory_is_an_error()
    {
        using var t = new TempDir();
        var r = Cli.Run("extract", "--gazetteer", t.Combine("nowhere"), Wire);
        Assert.NotEqual(0, r.Exit);
        Assert.Contains("nowhere", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dash_reads_a_text_from_standard_input()
    {
        var r = Cli.RunWithInput(Dispatches.Gao, "extract", "-");
        Assert.True(r.Exit == 0, r.ToString());
        var e = Assert.Single(r.Lines());
        Assert.Equal("stdin", Str(e, "dispatch_id"));
        Assert.Equal("2023-03-03", Str(e, "event_date"));
        Assert.Equal(4, e.GetProperty("fatalities").GetInt32());
    }

    [Fact]
    public void A_dash_reads_json_lines_from_standard_input()
    {
        var input = Dispatches.JsonLine("in-1", Dispatches.Gao, "2023-03-04") + "\n" + Dispatches.JsonLine("in-2", Dispatches.Mopti, "2023-03-06") + "\n";
        var r = Cli.RunWithInput(input, "extract", "-");
        Assert.True(r.Exit == 0, r.ToString());
        Assert.Equal(["in-1", "in-2"], r.Lines().Select(e => Str(e, "dispatch_id")).Distinct().Order());
    }

    [Fact]
    public void Empty_standard_input_is_reported()
    {
        var r = Cli.RunWithInput("", "extract", "-");
        Assert.NotEqual(0, r.Exit);
        Assert.Contains("<stdin>", r.Err, StringComparison.Ordinal);
        Assert.Contains("empty", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_is_read_whole_with_file_names_and_jsonl_ids_as_dispatch_ids()
    {
        using var t = new TempDir();
        t.File("in/gao-report.txt", Dispatches.Gao);
        t.File("in/sub/mopti-note.md", Dispatches.Mopti);
        t.File("in/batch.jsonl", Dispatches.JsonLine("line-a", Dispatches.Gao, "2023-03-04") + "\n");
        t.Bytes("in/logo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]);
        var r = Cli.Run("extract", t.Combine("in"));
        Assert.True(r.Exit == 0, r.ToString());
        Assert.Equal(["gao-report", "line-a", "mopti-note"], r.Lines().Select(e => Str(e, "dispatch_id")).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal("", r.Err.Trim());
    }

    [Fact]
    public void The_samples_directory_gives_events_for_every_sample()
    {
        var r = Cli.Run("extract", RepoFiles.Samples);
        Assert.True(r.Exit == 0, r.ToString());
        var ids = r.Lines().Select(e => Str(e, "dispatch_id")).ToHashSet();
        foreach (var f in Directory.GetFiles(RepoFiles.Samples).Where(f => !f.EndsWith(".jsonl", StringComparison.Ordinal)))
        {
            Assert.Contains(Path.GetFileNameWithoutExtension(f), ids);
        }
        Assert.Contains("acled-notes-1", ids);
    }

    [Fact]
    public void A_jsonl_file_gives_each_line_its_own_id_and_publication_date()
    {
        using var t = new TempDir();
        var file = t.File("two.jsonl",
            Dispatches.JsonLine("wire-0001", "On Sunday, gunmen killed three villagers near Gao, Mali.", "2023-03-07") + "\n\n" +
            Dispatches.JsonLine("wire-0002", Dispatches.Mopti, "2023-03-06") + "\n");
        var r = Cli.Run("extract", file);
        Assert.True(r.Exit == 0, r.ToString());
        var events = r.Lines();
        var first = Assert.Single(events, e => Str(e, "dispatch_id") == "wire-0001");
        Assert.Equal("2023-03-05", Str(first, "event_date"));
        Assert.Contains(events, e => Str(e, "dispatch_id") == "wire-0002");
        Assert.DoesNotContain(events, e => Str(e, "dispatch_id") == "two");
    }

    [Fact]
    public void An_html_page_is_read_without_its_navigation_cookie_banner_and_subscription_box()
    {
        using var t = new TempDir();
        var page = t.File("daily-2023-03-06.html", """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Gao: market attack</title></head>
            <body>
            <div class="cookie-consent">We use cookies to improve your visit. <button>Accept</button></div>
            <nav><a href="/">Home</a> | <a href="/mali">Mali</a> | <a href="/a/9">Timbuktu: gunmen killed 12 herders last year</a></nav>
            <main><article>
            <h1>Gao: four civilians killed at a market</h1>
            <p>On 3 March 2023, gunmen killed four civilians at a market near Gao, Mali, a local official said.</p>
            <p>Traders said the market would stay shut for the rest of the week.</p>
            </article></main>
            <aside class="newsletter">Subscribe to our newsletter: every attack in the Sahel, in your inbox each morning. <a href="/subscribe">Sign up</a></aside>
            <footer>Donate to keep our reporters in the field. &copy; 2023 Test Daily</footer>
            </body></html>
            """);
        var r = Cli.Run("extract", page);
        Assert.True(r.Exit == 0, r.ToString());
        var e = Assert.Single(r.Lines());
        Assert.Equal("daily-2023-03-06", Str(e, "dispatch_id"));
        Assert.Equal("2023-03-03", Str(e, "event_date"));
        var evidence = Str(e.GetProperty("evidence"), "text");
        Assert.Contains("four civilians", evidence, StringComparison.Ordinal);
        foreach (var chrome in (string[])["cookie", "Home", "Timbuktu", "Subscribe", "newsletter", "Donate", "<"])
        {
            Assert.DoesNotContain(chrome, evidence, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void A_table_sent_to_a_pipe_carries_no_terminal_escape_codes_even_when_TERM_claims_colour()
    {
        var r = Cli.RunWithBytes(null, new Dictionary<string, string> { ["TERM"] = "xterm-256color", ["COLORTERM"] = "truecolor" }, "extract", "--format", "table", Wire);
        Assert.True(r.Exit == 0, r.ToString());
        Assert.Contains("1 dispatch(es)", r.Out, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', r.Out);
    }

    [Fact]
    public void Ingest_reads_json_lines_from_standard_input()
    {
        using var t = new TempDir();
        var db = t.Combine("cw.db");
        var r = Cli.RunWithInput(Dispatches.JsonLine("piped-1", Dispatches.Tera, "2023-03-09") + "\n", "ingest", "--db", db, "-");
        Assert.True(r.Exit == 0, r.ToString());
        Assert.Contains("1 new", r.Out, StringComparison.Ordinal);
        var events = Cli.Run("events", "--db", db, "--format", "jsonl").Lines();
        Assert.Contains(events, e => Str(e, "dispatch_id") == "piped-1");
    }
}
