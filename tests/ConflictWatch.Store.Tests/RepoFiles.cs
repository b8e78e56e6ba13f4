namespace ConflictWatch.Store.Tests;

/// <summary>Where the repository's own files and the shared (third-party, never copied) test material are.</summary>
public static class RepoFiles
{
    /// <summary>The repository root: the first directory above the test binaries that holds the solution.</summary>
    public static string Root => Up(d => File.Exists(Path.Combine(d, "ConflictWatch.slnx")))
        ?? throw new DirectoryNotFoundException("no ConflictWatch.slnx above " + AppContext.BaseDirectory);

    /// <summary>The shared directory: the first directory above the test binaries with a <c>shared</c> sibling.</summary>
    public static string Shared => Up(d => Path.GetDirectoryName(d) is { } parent && Directory.Exists(Path.Combine(parent, "shared"))) is { } dir
        ? Path.Combine(Path.GetDirectoryName(dir)!, "shared")
        : throw new DirectoryNotFoundException("no directory with a 'shared' sibling above " + AppContext.BaseDirectory);

    private static string? Up(Func<string, bool> found)
    {
        for (var d = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar); !string.IsNullOrEmpty(d); d = Path.GetDirectoryName(d))
        {
            if (found(d))
            {
                return d;
            }
        }
        return null;
    }
}
