using System.Text.Json;

namespace ConflictWatch.Cli.Tests;

/// <summary>A temporary database with the repository's samples and one accented dispatch of our own ingested.</summary>
public sealed class SamplesDatabase : IDisposable
{
    private readonly TempDir dir = new();

    public SamplesDatabase()
    {
        Db = dir.Combine("samples.db");
        var own = dir.File("own.jsonl", Dispatches.JsonLine("own-menaka",
            "On 14 May 2023, gunmen on motorbikes killed three herders at a well 20 km west of Ménaka, Mali, a community leader said.", "2023-05-15") + "\n");
        Ingest = Cli.Run("ingest", "--db", Db, RepoFiles.Samples, own);
    }

    public string Db { get; }

    public CliResult Ingest { get; }

    public CliResult Run(params string[] args) => Cli.Run([.. args, "--db", Db]);

    public void Dispose() => dir.Dispose();
}

/// <summary>The analysis and curation commands through the CLI, on a database built from the samples.</summary>
public sealed class AnalysisCommandTests : IClassFixture<SamplesDatabase>
{
    private readonly SamplesDatabase data;

    public AnalysisCommandTests(SamplesDatabase data)
    {
        this.data = data;
    }

    private List<JsonElement> Events()
    {
        var r = data.Run("events", "--format", "jsonl");
        Assert.True(r.Exit == 0, r.ToString());
        return r.Lines();
    }

    [Fact]
    public void Ingest_of_the_samples_reports_a_summary_with_nothing_failed()
    {
        Assert.True(data.Ingest.Exit == 0, data.Ingest.ToString());
        Assert.Matches(@"dispatches: 10 new, 0 updated, 0 unchanged, 0 failed", data.Ingest.Out);
    }

    [Fact]
    public void Ingesting_the_samples_again_adds_nothing()
    {
        var before = Events().Count;
        var r = data.Run("ingest", RepoFiles.Samples);
        Assert.True(r.Exit == 0, r.ToString());
        Assert.Contains("0 new, 0 updated, 9 unchanged, 0 failed", r.Out, StringComparison.Ordinal);
        Assert.Equal(before, Events().Count);
    }

    [Fact]
    public void Events_lists_every_sample_dispatch_as_jsonl_and_csv()
    {
        var events = Events();
        var dispatches = events.Select(e => e.GetProperty("dispatch_id").GetString()).ToHashSet();
        Assert.Contains("wire-niger-2024-02-12", dispatches);
        Assert.Contains("sahel-daily-mali-2023-02-20", dispatches);
        Assert.Contains("acled-notes-1", dispatches);
        Assert.Contains("own-menaka", dispatches);

        var csv = data.Run("events", "--format", "csv");
        Assert.True(csv.Exit == 0, csv.ToString());
        var lines = csv.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("event_id_cnty,", lines[0], StringComparison.Ordinal);
        Assert.Equal(events.Count, lines.Length - 1);
    }

    [Fact]
    public void Events_filters_by_country_and_date()
    {
        var niger = data.Run("events", "--format", "jsonl", "--country", "Niger").Lines();
        Assert.NotEmpty(niger);
        Assert.All(niger, e => Assert.Equal("Niger", e.GetProperty("country").GetString()));
        var june2020 = data.Run("events", "--format", "jsonl", "--from", "2020-06-01", "--to", "2020-06-30").Lines();
        Assert.NotEmpty(june2020);
        Assert.All(june2020, e => Assert.StartsWith("2020-06-", e.GetProperty("event_date").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Event_show_prints_the_event_with_its_source_and_evidence()
    {
        var e = Events().First(x => x.GetProperty("dispatch_id").GetString() == "own-menaka");
        var id = e.GetProperty("event_id").GetString()!;
        var r = data.Run("event", "show", id);
        Assert.True(r.Exit == 0, r.ToString());
        Assert.Contains(id, r.Out, StringComparison.Ordinal);
        Assert.Contains("own-menaka", r.Out, StringComparison.Ordinal);
        Assert.Contains("herders", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Event_show_of_an_unknown_id_is_an_error()
    {
        var r = data.Run("event", "show", "ML-19990101-nothere");
        Assert.True(r.Exit != 0, r.ToString());
        Assert.Contains("ML-19990101-nothere", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_folds_accents_so_Menaka_finds_Ménaka()
    {
        var r = data.Run("search", "Menaka");
        Assert.True(r.Exit == 0, r.ToString());
        Assert.Contains("own-menaka", r.Out, StringComparison.Ordinal);

        var accented = data.Run("search", "Ménaka");
        Assert.True(accented.Exit == 0, accented.ToString());
        Assert.Contains("own-menaka", accented.Out, StringComparison.Ordinal);
        Assert.Contains("acled-notes-5", accented.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_for_a_word_in_no_dispatch_finds_nothing()
    {
        var r = data.Run("search", "zeppelin");
        Assert.True(r.Exit == 0, r.ToString());
        Assert.DoesNotContain("own-menaka", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Archive_lists_dispatches_by_country_and_year_and_shows_one()
    {
        var r = data.Run("archive");
        Assert.True(r.Exit == 0, r.ToString());
        Assert.Contains("Mali", r.Out, StringComparison.Ordinal);
        Assert.Contains("Niger: 2024", r.Out, StringComparison.Ordinal);
        Assert.Contains("Burkina Faso: 2024", r.Out, StringComparison.Ordinal);

        var show = data.Run("archive", "show", "wire-niger-2024-02-12");
        Assert.True(show.Exit == 0, show.ToString());
        Assert.Contains("soldiers killed near Malian border", show.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Trends_by_month_as_csv_has_period_events_fatalities_and_change_columns()
    {
        var r = data.Run("trends", "--by", "month", "--format", "csv");
        Assert.True(r.Exit == 0, r.ToString());
        var lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var header = lines[0].Split(',');
        Assert.Equal(["period", "events", "fatalities"], header[..3]);
        Assert.Contains(header, h => h.Contains("change", StringComparison.Ordinal));
        var rows = lines[1..].Select(l => l.Split(',')).ToList();
        Assert.All(rows, row => Assert.Matches(@"^\d{4}-\d{2}$", row[0]));
        Assert.Equal(Events().Count, rows.Sum(row => int.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains(rows, row => row[0] == "2020-06" && row[1] != "0");
    }

    [Fact]
    public void Trends_chart_writes_a_png_file()
    {
        using var t = new TempDir();
        var png = t.Combine("trend.png");
        var r = data.Run("trends", "--by", "month", "--format", "csv", "--chart", png);
        Assert.True(r.Exit == 0, r.ToString());
        var bytes = File.ReadAllBytes(png);
        Assert.True(bytes.Length > 100);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
    }

    [Fact]
    public void Hotspots_as_geojson_is_a_valid_feature_collection()
    {
        var r = data.Run("hotspots", "--format", "geojson", "--from", "2020-01-01");
        Assert.True(r.Exit == 0, r.ToString());
        using var doc = JsonDocument.Parse(r.Out);
        var root = doc.RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        var features = root.GetProperty("features").EnumerateArray().ToList();
        Assert.NotEmpty(features);
        foreach (var f in features)
        {
            Assert.Equal("Feature", f.GetProperty("type").GetString());
            var geometry = f.GetProperty("geometry");
            Assert.Contains(geometry.GetProperty("type").GetString(), (string[])["Point", "Polygon", "MultiPolygon"]);
            Assert.Equal(JsonValueKind.Array, geometry.GetProperty("coordinates").ValueKind);
            Assert.Equal(JsonValueKind.Object, f.GetProperty("properties").ValueKind);
            if (geometry.GetProperty("type").GetString() == "Polygon")
            {
                var ring = geometry.GetProperty("coordinates")[0].EnumerateArray().ToList();
                Assert.True(ring.Count >= 4);
                Assert.Equal(ring[0].ToString(), ring[^1].ToString());
                Assert.All(ring, p => Assert.InRange(p[0].GetDouble(), -180, 180));
                Assert.All(ring, p => Assert.InRange(p[1].GetDouble(), -90, 90));
            }
        }
    }

    [Fact]
    public void Claims_lists_the_figures_the_samples_state()
    {
        var r = data.Run("claims", "--format", "jsonl");
        Assert.True(r.Exit == 0, r.ToString());
        var claims = r.Lines();
        Assert.Contains(claims, c => c.GetProperty("quantity").GetDouble() == 900 && c.GetProperty("dispatch_id").GetString() == "wire-niger-2024-02-12");
        Assert.All(claims, c => Assert.False(string.IsNullOrEmpty(c.GetProperty("unit").GetString())));
    }

    [Fact]
    public void Watch_list_starts_with_the_capitals_of_the_three_countries()
    {
        var r = data.Run("watch", "list", "--format", "jsonl");
        Assert.True(r.Exit == 0, r.ToString());
        var names = r.Lines().Select(s => s.GetProperty("name").GetString()).ToHashSet();
        Assert.Contains("Bamako", names);
        Assert.Contains("Niamey", names);
        Assert.Contains("Ouagadougou", names);
        Assert.All(r.Lines(), s => Assert.True(s.GetProperty("radius_km").GetDouble() > 0));
    }

    [Fact]
    public void Alerts_as_jsonl_carry_every_field_of_the_issue()
    {
        var r = data.Run("alerts", "--format", "jsonl", "--all");
        Assert.True(r.Exit == 0, r.ToString());
        var alerts = r.Lines();
        Assert.NotEmpty(alerts);
        var eventIds = Events().Select(e => e.GetProperty("event_id").GetString()).ToHashSet();
        foreach (var a in alerts)
        {
            foreach (var field in (string[])["rule", "severity", "site", "distance_km", "bearing", "actor", "event_ids", "message", "raised_at"])
            {
                Assert.True(a.TryGetProperty(field, out _), $"alert without '{field}': {a}");
            }
            Assert.False(string.IsNullOrEmpty(a.GetProperty("rule").GetString()));
            Assert.False(string.IsNullOrEmpty(a.GetProperty("message").GetString()));
            Assert.True(DateTimeOffset.TryParse(a.GetProperty("raised_at").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));
            var ids = a.GetProperty("event_ids").EnumerateArray().Select(x => x.GetString()).ToList();
            Assert.NotEmpty(ids);
            Assert.All(ids, id => Assert.Contains(id, eventIds));
        }
        var proximity = alerts.Where(a => a.GetProperty("rule").GetString() == "proximity").ToList();
        Assert.NotEmpty(proximity);
        Assert.All(proximity, a => Assert.True(a.GetProperty("distance_km").GetDouble() >= 0));
        Assert.All(proximity, a => Assert.Matches("^[NSEW]{1,3}$|^$", a.GetProperty("bearing").GetString() ?? ""));
    }

    [Fact]
    public void Alerts_ack_takes_an_alert_off_the_open_list_and_an_unknown_id_is_an_error()
    {
        var open = data.Run("alerts", "--format", "jsonl").Lines();
        var target = open.Last().GetProperty("id").GetRawText();
        var ack = data.Run("alerts", "ack", target);
        Assert.True(ack.Exit == 0, ack.ToString());

        var stillOpen = data.Run("alerts", "--format", "jsonl").Lines();
        Assert.DoesNotContain(stillOpen, a => a.GetProperty("id").GetRawText() == target);
        var all = data.Run("alerts", "--format", "jsonl", "--all").Lines();
        var acked = Assert.Single(all, a => a.GetProperty("id").GetRawText() == target);
        Assert.Equal(JsonValueKind.String, acked.GetProperty("acked_at").ValueKind);

        var unknown = data.Run("alerts", "ack", "999999");
        Assert.True(unknown.Exit != 0, unknown.ToString());
        Assert.Contains("999999", unknown.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Alerts_are_raised_once_not_again_at_the_next_ingest()
    {
        var before = data.Run("alerts", "--format", "jsonl", "--all").Lines().Count;
        var again = data.Run("ingest", RepoFiles.Samples);
        Assert.True(again.Exit == 0, again.ToString());
        Assert.Equal(before, data.Run("alerts", "--format", "jsonl", "--all").Lines().Count);
    }

    [Fact]
    public void Risk_gives_each_admin1_a_level_from_1_to_4_with_its_reasons()
    {
        var r = data.Run("risk", "--format", "jsonl");
        Assert.True(r.Exit == 0, r.ToString());
        var rows = r.Lines();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            Assert.InRange(row.GetProperty("level").GetInt32(), 1, 4);
            Assert.False(string.IsNullOrEmpty(row.GetProperty("admin1").GetString()));
            Assert.Equal(JsonValueKind.Array, row.GetProperty("reasons").ValueKind);
        }
        var mali = data.Run("risk", "--format", "jsonl", "--country", "Mali").Lines();
        Assert.NotEmpty(mali);
        Assert.All(mali, row => Assert.Equal("Mali", row.GetProperty("country").GetString()));
    }
}
