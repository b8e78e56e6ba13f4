namespace ConflictWatch.Cli.Tests;

/// <summary>The store side of bad input: <c>ingest</c> and <c>import acled</c> report, carry on, and lose nothing.</summary>
public sealed class StoreBadInputTests
{
    private static HashSet<string> StoredEventIds(string db)
    {
        var r = Cli.Run("events", "--db", db, "--format", "jsonl");
        Assert.True(r.Exit == 0, r.ToString());
        return [.. r.Lines().Select(e => e.GetProperty("event_id").GetString()!)];
    }

    private static HashSet<string> StoredDispatchIds(string db)
    {
        var r = Cli.Run("events", "--db", db, "--format", "jsonl");
        return [.. r.Lines().Select(e => e.GetProperty("dispatch_id").GetString()!)];
    }

    [Fact]
    public void Ingest_of_a_bad_batch_reports_each_bad_item_stores_the_good_one_and_keeps_what_was_stored_before()
    {
        using var t = new TempDir();
        var db = t.Combine("cw.db");
        var first = Cli.Run("ingest", "--db", db, t.File("earlier.jsonl", Dispatches.JsonLine("earlier-1", Dispatches.Mopti, "2023-03-06") + "\n"));
        Assert.True(first.Exit == 0, first.ToString());
        var before = StoredEventIds(db);
        Assert.NotEmpty(before);

        var batch = new TempDir();
        try
        {
            var bad = Dispatches.BadKinds.Select(k => Dispatches.WriteBad(batch, k)).ToList();
            batch.File("later.txt", Dispatches.Tera);
            var r = Cli.Run("ingest", "--db", db, batch.Path, t.Combine("missing.txt"));
            Assert.True(r.Exit == 0, r.ToString());
            foreach (var (path, problem) in bad)
            {
                Assert.Contains(Path.GetFileName(path), r.Err, StringComparison.Ordinal);
                Assert.Contains(problem, r.Err, StringComparison.OrdinalIgnoreCase);
            }
            Assert.Contains("missing.txt", r.Err, StringComparison.Ordinal);
            Assert.Matches(@"\b[1-9]\d* failed", r.Out);
            Assert.DoesNotContain("   at ", r.Err, StringComparison.Ordinal);
        }
        finally
        {
            batch.Dispose();
        }

        var after = StoredEventIds(db);
        Assert.Subset(after, before);
        // the good line of the broken JSONL file and the good text file were stored too
        Assert.Superset(new HashSet<string> { "earlier-1", "later", "ok-1" }, StoredDispatchIds(db));
    }

    [Fact]
    public void Ingest_of_only_bad_input_exits_non_zero_and_loses_nothing()
    {
        using var t = new TempDir();
        var db = t.Combine("cw.db");
        Assert.Equal(0, Cli.Run("ingest", "--db", db, t.File("earlier.txt", Dispatches.Gao)).Exit);
        var before = StoredEventIds(db);

        var (empty, _) = Dispatches.WriteBad(t, "empty");
        var (binary, _) = Dispatches.WriteBad(t, "binary");
        var (feb30, _) = Dispatches.WriteBad(t, "impossible-published");
        var huge = Dispatches.WriteHuge(t);
        var r = Cli.Run("ingest", "--db", db, empty, binary, feb30, huge);
        Assert.True(r.Exit != 0, r.ToString());
        foreach (var p in (string[])[empty, binary, feb30 + ":1", huge])
        {
            Assert.Contains(p, r.Err, StringComparison.Ordinal);
        }
        Assert.Equal(before, StoredEventIds(db));
    }

    [Fact]
    public void Ingest_refuses_an_impossible_date_option_before_touching_the_database()
    {
        using var t = new TempDir();
        var db = t.Combine("cw.db");
        var r = Cli.Run("ingest", "--db", db, "--date", "2023-02-30", t.File("a.txt", Dispatches.Gao));
        Assert.True(r.Exit != 0, r.ToString());
        Assert.Contains("2023-02-30", r.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_of_an_empty_directory_is_reported()
    {
        using var t = new TempDir();
        var dir = t.Dir("empty-dir");
        var r = Cli.Run("ingest", "--db", t.Combine("cw.db"), dir);
        Assert.True(r.Exit != 0, r.ToString());
        Assert.Contains(dir, r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_acled_reports_a_malformed_row_by_line_number_and_imports_the_rest()
    {
        using var t = new TempDir();
        var db = t.Combine("cw.db");
        var csv = t.File("acled.csv", string.Join("\n",
            "event_id_cnty,event_date,event_type,sub_event_type,actor1,inter1,actor2,inter2,country,iso,admin1,location,latitude,longitude,fatalities,notes,source",
            "MLI9001,2023-01-05,Battles,Armed clash,JNIM,2,Military Forces of Mali (2021-),1,Mali,466,Mopti,Test Place A,14.5,-4.2,3,\"A made-up clash one.\",Test",
            "MLI9002,31 February 2023,Battles,Armed clash,JNIM,2,Military Forces of Mali (2021-),1,Mali,466,Mopti,Test Place B,14.4,-4.2,3,\"A made-up clash two.\",Test",
            "MLI9003,07 January 2023,Battles,Armed clash,JNIM,2,Military Forces of Mali (2021-),1,Mali,466,Mopti,Test Place C,north,-4.1,1,\"A made-up clash three.\",Test",
            "MLI9004,16-Jan-23,Violence against civilians,Attack,Unidentified Armed Group (Mali),2,Civilians (Mali),7,Mali,466,Mopti,Test Place D,14.6,-4.0,2,\"A made-up attack four.\",Test",
            ""));
        var r = Cli.Run("import", "acled", csv, "--db", db);
        Assert.True(r.Exit == 0, r.ToString());
        Assert.Contains("acled.csv:3", r.Err, StringComparison.Ordinal);
        Assert.Contains("acled.csv:4", r.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("acled.csv:2", r.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("acled.csv:5", r.Err, StringComparison.Ordinal);
        Assert.Equal(["MLI9001", "MLI9004"], StoredEventIds(db).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Import_acled_of_a_missing_file_is_an_error_naming_it()
    {
        using var t = new TempDir();
        var missing = t.Combine("nope.csv");
        var r = Cli.Run("import", "acled", missing, "--db", t.Combine("cw.db"));
        Assert.True(r.Exit != 0, r.ToString());
        Assert.Contains("nope.csv", r.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.Err, StringComparison.Ordinal);
    }
}
