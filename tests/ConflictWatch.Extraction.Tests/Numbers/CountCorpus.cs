using ConflictWatch.Extraction.Input;
using ConflictWatch.Extraction.Normalisation;
using ConflictWatch.Extraction.Segmentation;

namespace ConflictWatch.Extraction.Tests.Numbers;

/// <summary>
/// Texts to compare the count scanner with its regex oracle on: every sentence of the shipped
/// samples, the golden records and (when the shared folder sits next to the repository, as on CI)
/// the dev evaluation texts; plus every raw line and every whole text, so that page chrome,
/// odd whitespace and matches across sentence ends are covered too.
/// </summary>
internal static class CountCorpus
{
    public static IReadOnlyList<string> RealTexts()
    {
        var root = RepositoryRoot();
        var paths = new List<string> { Path.Combine(root, "samples") };
        paths.AddRange(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Golden"), "*.jsonl").Order(StringComparer.Ordinal));
        var shared = Path.Combine(root, "..", "shared", "eval", "dev", "texts");
        if (Directory.Exists(shared))
        {
            paths.Add(shared);
        }
        var normaliser = new TextNormaliser();
        var segmenter = new Segmenter();
        var texts = new List<string>();
        foreach (var input in new DispatchReader().Read(paths))
        {
            if (input.Dispatch is not { } d)
            {
                continue;
            }
            var doc = normaliser.Normalise(d);
            texts.AddRange(segmenter.Segment(doc.Text, doc.Published ?? new DateOnly(2024, 1, 1)).Entries.SelectMany(e => e.Sentences).Select(s => s.Text));
            texts.AddRange(d.Text.Split('\n').Where(l => l.Length > 0));
            texts.Add(doc.Text);
            texts.Add(d.Text);
        }
        return texts;
    }

    /// <summary>Whether the dev texts of ../shared were found (CI has them; a bare clone may not).</summary>
    public static bool HasSharedTexts => Directory.Exists(Path.Combine(RepositoryRoot(), "..", "shared", "eval", "dev", "texts"));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ConflictWatch.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"no ConflictWatch.slnx above {AppContext.BaseDirectory}");
    }
}
