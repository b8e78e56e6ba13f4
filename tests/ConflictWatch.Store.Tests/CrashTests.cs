using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace ConflictWatch.Store.Tests;

/// <summary>
/// Nothing lost: the real CLI is started as a child process on a big input, killed midway, and run
/// again; the database must be consistent, complete and free of duplicates. No sleeps: the kill is
/// triggered by the CLI's own progress line.
/// </summary>
public sealed class CrashTests
{
    private static string CliDll()
    {
        var here = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var tfm = Path.GetFileName(here);
        var config = Path.GetFileName(Path.GetDirectoryName(here)!);
        var root = Path.GetFullPath(Path.Combine(here, "..", "..", "..", "..", ".."));
        var bin = Path.Combine(root, "src", "ConflictWatch.Cli", "bin", config, tfm);
        foreach (var candidate in (string[])[Path.Combine(bin, "conflictwatch.dll"), Path.Combine(bin, "linux-x64", "conflictwatch.dll")])
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"the CLI is not built under {bin}");
    }

    private static Process Start(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        psi.ArgumentList.Add(CliDll());
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        return Process.Start(psi)!;
    }

    /// <summary>Waits for the first progress line on stderr, then kills the process; false if it finished first.</summary>
    private static void KillAtFirstProgress(Process p, string prefix, Action whileRunning)
    {
        string? line;
        while ((line = p.StandardError.ReadLine()) is not null)
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                whileRunning();
                p.Kill(entireProcessTree: true);
                break;
            }
        }
        p.WaitForExit();
    }

    private static (int Exit, string Out, string Err) RunToEnd(params string[] args)
    {
        using var p = Start(args);
        var err = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, output, err.Result);
    }

    private static long Scalar(string db, string sql)
    {
        using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void AssertConsistent(string db)
    {
        using var c = new SqliteConnection($"Data Source={db};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", cmd.ExecuteScalar());
        cmd.CommandText = "INSERT INTO dispatch_fts(dispatch_fts) VALUES ('integrity-check'); INSERT INTO event_fts(event_fts) VALUES ('integrity-check');";
        cmd.ExecuteNonQuery();
        Assert.Equal(0L, SummaryCheck.Mismatches(c));
    }

    [Fact]
    public void An_ingest_killed_midway_and_run_again_is_complete_without_duplicates_and_readers_work_meanwhile()
    {
        using var t = new TestStore();
        t.Store.Dispose();
        const int n = 30_000;
        var input = Path.Combine(t.Directory, "big.jsonl");
        using (var w = new StreamWriter(input))
        {
            for (var i = 0; i < n; i++)
            {
                w.Write($"{{\"id\":\"d{i}\",\"text\":\"Dispatch {i}: gunmen attacked a village near Ménaka; {i % 13} killed.\",\"published\":\"2023-04-{i % 28 + 1:00}\",\"source\":\"Gen\"}}\n");
            }
        }
        var readerSaw = -1L;
        using (var p = Start("ingest", input, "--db", t.DbPath))
        {
            KillAtFirstProgress(p, "ingest:", () => readerSaw = Scalar(t.DbPath, "SELECT COUNT(*) FROM dispatches"));
        }
        Assert.True(readerSaw >= 0);
        AssertConsistent(t.DbPath);
        var (exit, output, err) = RunToEnd("ingest", input, "--db", t.DbPath);
        Assert.True(exit == 0, err);
        Assert.Contains("0 failed", output, StringComparison.Ordinal);
        Assert.Equal(n, Scalar(t.DbPath, "SELECT COUNT(*) FROM dispatches"));
        Assert.Equal(n, Scalar(t.DbPath, "SELECT COUNT(DISTINCT content_hash) FROM dispatches"));
        AssertConsistent(t.DbPath);
    }

    [Fact]
    public void An_import_killed_midway_and_run_again_is_complete_without_duplicates()
    {
        using var t = new TestStore();
        t.Store.Dispose();
        const int n = 60_000;
        var input = Path.Combine(t.Directory, "acled.csv");
        using (var w = new StreamWriter(input, false, new UTF8Encoding(false)))
        {
            w.Write("event_id_cnty,event_date,event_type,sub_event_type,actor1,inter1,actor2,inter2,country,iso,admin1,location,latitude,longitude,fatalities,notes,source\n");
            for (var i = 0; i < n; i++)
            {
                w.Write(string.Create(CultureInfo.InvariantCulture, $"MLI{i},2023-{i % 12 + 1:00}-{i % 28 + 1:00},Battles,Armed clash,JNIM,2,Military Forces of Mali (2021-),1,Mali,466,Menaka,Place {i % 500},{14 + i % 300 / 100.0},{-1 + i % 400 / 100.0},{i % 7},\"Clash {i}, near Place {i % 500}.\",Gen\n"));
            }
        }
        using (var p = Start("import", "acled", input, "--db", t.DbPath))
        {
            KillAtFirstProgress(p, "import:", () => { });
        }
        AssertConsistent(t.DbPath);
        var (exit, _, err) = RunToEnd("import", "acled", input, "--db", t.DbPath);
        Assert.True(exit == 0, err);
        Assert.Equal(n, Scalar(t.DbPath, "SELECT COUNT(*) FROM events"));
        Assert.Equal(n, Scalar(t.DbPath, "SELECT COUNT(DISTINCT event_id) FROM events"));
        AssertConsistent(t.DbPath);
    }
}
