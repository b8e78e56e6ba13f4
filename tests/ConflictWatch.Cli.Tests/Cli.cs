using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace ConflictWatch.Cli.Tests;

/// <summary>What one run of the CLI left behind.</summary>
public sealed record CliResult(int Exit, string Out, string Err)
{
    /// <summary>Stdout as JSON Lines, each line parsed.</summary>
    public List<JsonElement> Lines() =>
        [.. Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone())];

    public override string ToString() => $"exit {Exit}\n--- stdout\n{Out}\n--- stderr\n{Err}";
}

/// <summary>
/// Runs the real CLI (the build output of src/ConflictWatch.Cli, which the test project builds first) as a
/// child process with redirected standard streams, as a user's pipeline would.
/// </summary>
public static class Cli
{
    private static readonly Lazy<string> Dll = new(FindDll);

    public static CliResult Run(params string[] args) => RunWithInput(null, args);

    public static CliResult RunWithInput(string? stdin, params string[] args) =>
        RunWithBytes(stdin is null ? null : Encoding.UTF8.GetBytes(stdin), null, args);

    /// <summary>Runs with raw bytes on standard input and extra environment variables.</summary>
    public static CliResult RunWithBytes(byte[]? stdin, IReadOnlyDictionary<string, string>? env, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var (k, v) in env ?? new Dictionary<string, string>())
        {
            psi.Environment[k] = v;
        }
        psi.ArgumentList.Add(Dll.Value);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEndAsync();
        if (stdin is not null)
        {
            p.StandardInput.BaseStream.Write(stdin);
        }
        p.StandardInput.Close();
        p.WaitForExit();
        return new CliResult(p.ExitCode, output.Result, err.Result);
    }

    private static string FindDll()
    {
        var here = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var tfm = Path.GetFileName(here);
        var config = Path.GetFileName(Path.GetDirectoryName(here)!);
        var bin = Path.Combine(RepoFiles.Root, "src", "ConflictWatch.Cli", "bin", config, tfm);
        foreach (var candidate in (string[])[Path.Combine(bin, "conflictwatch.dll"), Path.Combine(bin, "linux-x64", "conflictwatch.dll")])
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"the CLI is not built under {bin}");
    }
}

/// <summary>Where the repository's own files are.</summary>
public static class RepoFiles
{
    public static string Root
    {
        get
        {
            for (var d = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar); !string.IsNullOrEmpty(d); d = Path.GetDirectoryName(d))
            {
                if (File.Exists(Path.Combine(d, "ConflictWatch.slnx")))
                {
                    return d;
                }
            }
            throw new DirectoryNotFoundException("no ConflictWatch.slnx above " + AppContext.BaseDirectory);
        }
    }

    public static string Samples => Path.Combine(Root, "samples");
}

/// <summary>A scratch directory deleted after the test.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = Directory.CreateTempSubdirectory("cw-cli-tests-").FullName;
    }

    public string Path { get; }

    public string File(string name, string text)
    {
        var p = Combine(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(p)!);
        System.IO.File.WriteAllText(p, text, new UTF8Encoding(false));
        return p;
    }

    public string Bytes(string name, byte[] bytes)
    {
        var p = Combine(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(p)!);
        System.IO.File.WriteAllBytes(p, bytes);
        return p;
    }

    public string Dir(string name) => Directory.CreateDirectory(Combine(name)).FullName;

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // a leftover scratch directory is not a test failure
        }
    }
}
