namespace ConflictWatch.Cli.Tests;

/// <summary>
/// Issue 2 item 6 through the CLI: every bad input gets a message on stderr naming the file (and line) and
/// the problem; alone it makes the run fail, in a batch it is reported and the rest is extracted.
/// </summary>
public sealed class BadInputTests
{
    public static TheoryData<string> BadKinds() => [.. Dispatches.BadKinds];

    private static string GoodFile(TempDir t) => t.File("good.txt", Dispatches.Gao);

    private static void AssertOnlyGoodEvents(CliResult r)
    {
        var events = r.Lines();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("good", e.GetProperty("dispatch_id").GetString()));
    }

    [Theory]
    [MemberData(nameof(BadKinds))]
    public void A_bad_input_alone_is_reported_by_name_and_exits_non_zero(string kind)
    {
        using var t = new TempDir();
        var (path, problem) = Dispatches.WriteBad(t, kind);
        var r = Cli.Run("extract", path);
        if (kind is "broken-jsonl")
        {
            // its first line is good: the file is not the only bad input, its line 2 is
            Assert.True(r.Exit == 0, r.ToString());
        }
        else
        {
            Assert.True(r.Exit != 0, r.ToString());
            Assert.Equal("", r.Out);
        }
        Assert.Contains(kind is "broken-jsonl" or "impossible-published" ? path + ":" : path, r.Err, StringComparison.Ordinal);
        Assert.Contains(problem, r.Err, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Exception", r.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.Err, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadKinds))]
    public void A_bad_input_in_a_batch_is_reported_and_the_good_file_is_still_extracted(string kind)
    {
        using var t = new TempDir();
        var good = GoodFile(t);
        var (path, problem) = Dispatches.WriteBad(t, kind);
        var r = Cli.Run("extract", path, good);
        Assert.True(r.Exit == 0, r.ToString());
        Assert.Contains(Path.GetFileName(path), r.Err, StringComparison.Ordinal);
        Assert.Contains(problem, r.Err, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(r.Lines(), e => e.GetProperty("dispatch_id").GetString() == "good");
    }

    [Fact]
    public void A_directory_of_good_and_bad_files_reports_each_bad_one_and_extracts_the_good_one()
    {
        using var t = new TempDir();
        var batch = new TempDir();
        try
        {
            foreach (var kind in Dispatches.BadKinds.Where(k => k is not "broken-jsonl"))
            {
                Dispatches.WriteBad(batch, kind);
            }
            batch.File("good.txt", Dispatches.Gao);
            var r = Cli.Run("extract", batch.Path);
            Assert.True(r.Exit == 0, r.ToString());
            AssertOnlyGoodEvents(r);
            foreach (var name in (string[])["empty.txt", "photo.txt", "latin1.txt", "headonly.html", "feb30.jsonl:1"])
            {
                Assert.Contains(name, r.Err, StringComparison.Ordinal);
            }
        }
        finally
        {
            batch.Dispose();
        }
    }

    [Fact]
    public void A_broken_jsonl_line_is_reported_with_its_line_number_and_the_other_lines_are_extracted()
    {
        using var t = new TempDir();
        var file = t.File("mixed.jsonl",
            Dispatches.JsonLine("first", Dispatches.Gao, "2023-03-04") + "\n" +
            "{\"id\":\"second\",\"text\": oops}\n" +
            "[1, 2, 3]\n" +
            Dispatches.JsonLine("fourth", Dispatches.Mopti, "2023-03-06") + "\n");
        var r = Cli.Run("extract", file);
        Assert.True(r.Exit == 0, r.ToString());
        Assert.Contains(file + ":2:", r.Err, StringComparison.Ordinal);
        Assert.Contains(file + ":3:", r.Err, StringComparison.Ordinal);
        Assert.DoesNotContain(file + ":1:", r.Err, StringComparison.Ordinal);
        Assert.Equal(["first", "fourth"], r.Lines().Select(e => e.GetProperty("dispatch_id").GetString()).Distinct().Order());
    }

    [Fact]
    public void A_file_of_100_MB_is_refused_by_name_without_reading_it()
    {
        using var t = new TempDir();
        var huge = Dispatches.WriteHuge(t);
        var alone = Cli.Run("extract", huge);
        Assert.True(alone.Exit != 0, alone.ToString());
        Assert.Contains(huge, alone.Err, StringComparison.Ordinal);
        Assert.Contains("MB", alone.Err, StringComparison.Ordinal);

        var batch = Cli.Run("extract", huge, GoodFile(t));
        Assert.True(batch.Exit == 0, batch.ToString());
        Assert.Contains(huge, batch.Err, StringComparison.Ordinal);
        AssertOnlyGoodEvents(batch);
    }

    [Theory]
    [InlineData("2023-02-30")]
    [InlineData("2023-13-01")]
    [InlineData("yesterday")]
    public void An_impossible_date_option_is_refused_naming_the_option_and_the_value(string date)
    {
        using var t = new TempDir();
        var r = Cli.Run("extract", "--date", date, GoodFile(t));
        Assert.True(r.Exit != 0, r.ToString());
        Assert.Contains("--date", r.Err, StringComparison.Ordinal);
        Assert.Contains(date, r.Err, StringComparison.Ordinal);
        Assert.Equal("", r.Out);
    }

    [Fact]
    public void A_nonexistent_path_is_reported_and_exits_non_zero()
    {
        using var t = new TempDir();
        var missing = t.Combine("no-such-dispatch.txt");
        var r = Cli.Run("extract", missing);
        Assert.True(r.Exit != 0, r.ToString());
        Assert.Contains(missing, r.Err, StringComparison.Ordinal);
        Assert.Contains("no such file", r.Err, StringComparison.OrdinalIgnoreCase);

        var batch = Cli.Run("extract", missing, GoodFile(t));
        Assert.True(batch.Exit == 0, batch.ToString());
        Assert.Contains(missing, batch.Err, StringComparison.Ordinal);
        AssertOnlyGoodEvents(batch);
    }

    [Fact]
    public void A_directory_with_no_dispatches_is_reported_and_exits_non_zero()
    {
        using var t = new TempDir();
        var dir = t.Dir("nothing-here");
        t.Bytes("nothing-here/picture.png", [0x89, 0x50, 0x4E, 0x47]);
        t.Dir("nothing-here/empty-subdir");
        var r = Cli.Run("extract", dir);
        Assert.True(r.Exit != 0, r.ToString());
        Assert.Contains(dir, r.Err, StringComparison.Ordinal);
        Assert.Contains("no dispatches", r.Err, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("", r.Out);
    }

    [Fact]
    public void Bad_input_gives_valid_csv_for_the_good_files_of_the_batch()
    {
        using var t = new TempDir();
        var (bad, _) = Dispatches.WriteBad(t, "binary");
        var r = Cli.Run("extract", "--format", "csv", bad, GoodFile(t));
        Assert.True(r.Exit == 0, r.ToString());
        var lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("event_id_cnty,", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Length >= 2);
        Assert.Contains("photo.txt", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_data_on_standard_input_is_reported_and_exits_non_zero()
    {
        var r = Cli.RunWithBytes([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02, 0x00, 0x07, 0x00], null, "extract", "-");
        Assert.True(r.Exit != 0, r.ToString());
        Assert.Contains("<stdin>", r.Err, StringComparison.Ordinal);
        Assert.Contains("binary", r.Err, StringComparison.Ordinal);
        Assert.Equal("", r.Out);
    }

    [Fact]
    public void Invalid_utf8_on_standard_input_is_reported_and_a_file_given_with_it_is_still_extracted()
    {
        using var t = new TempDir();
        byte[] latin1 = [.. System.Text.Encoding.ASCII.GetBytes("Gunmen attacked the market of Gao "), 0xE9, 0xE0, (byte)'.'];
        var alone = Cli.RunWithBytes(latin1, null, "extract", "-");
        Assert.True(alone.Exit != 0, alone.ToString());
        Assert.Contains("<stdin>", alone.Err, StringComparison.Ordinal);
        Assert.Contains("UTF-8", alone.Err, StringComparison.Ordinal);

        var batch = Cli.RunWithBytes(latin1, null, "extract", "-", GoodFile(t));
        Assert.True(batch.Exit == 0, batch.ToString());
        Assert.Contains("<stdin>", batch.Err, StringComparison.Ordinal);
        AssertOnlyGoodEvents(batch);
    }

    [Fact]
    public void Ingest_reports_binary_standard_input_and_exits_non_zero()
    {
        using var t = new TempDir();
        var r = Cli.RunWithBytes([0x00, 0x01, 0x02, 0x00, 0xFF], null, "ingest", "--db", t.Combine("cw.db"), "-");
        Assert.True(r.Exit != 0, r.ToString());
        Assert.Contains("<stdin>: binary", r.Err, StringComparison.Ordinal);
        Assert.Contains("1 failed", r.Out, StringComparison.Ordinal);
    }
}
