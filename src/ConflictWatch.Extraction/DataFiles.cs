using System.Reflection;
using ConflictWatch.Core;

namespace ConflictWatch.Extraction;

/// <summary>
/// Reads the data files embedded from the repository's data/ folder. Lines starting with # are
/// provenance and change notes; blank lines are skipped.
/// </summary>
public static class DataFiles
{
    public static IEnumerable<string> Lines(string name)
    {
        using var stream = typeof(DataFiles).Assembly.GetManifestResourceStream($"data/{name}")
            ?? throw new ConflictWatchException($"data/{name}: missing from the build (data files are embedded at compile time)");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            yield return line;
        }
    }

    /// <summary>Rows of a TSV data file, without its column-header line.</summary>
    public static IEnumerable<string[]> Tsv(string name) => Lines(name).Skip(1).Select(l => l.Split('\t'));

    public static bool Exists(string name) => typeof(DataFiles).Assembly.GetManifestResourceInfo($"data/{name}") is not null;
}
