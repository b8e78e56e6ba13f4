using System.Text.RegularExpressions;

namespace ConflictWatch.Extraction.Normalisation;

/// <summary>
/// Drops page chrome from plain text: navigation bars, share lines, archive link lists,
/// donation and subscription boxes, copyright and credit lines. Cues are in
/// data/lexicon/boilerplate.tsv so another publisher's chrome is a data change.
/// </summary>
public sealed partial class BoilerplateFilter
{
    private readonly Regex lineChrome;
    private readonly Regex tailStart;

    public BoilerplateFilter()
    {
        var rows = DataFiles.Tsv("lexicon/boilerplate.tsv").ToList();
        lineChrome = Build(rows.Where(r => r[0] == "line").Select(r => r[1]));
        tailStart = Build(rows.Where(r => r[0] == "tail").Select(r => r[1]));
    }

    private static Regex Build(IEnumerable<string> patterns) =>
        new($"^(?:{string.Join("|", patterns)})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The kept lines; a tail marker ("Article Archive", "Related:") ends the article.</summary>
    public string Filter(string text)
    {
        var lines = text.Split('\n');
        var kept = new List<string>(lines.Length);
        var seenContent = false;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            var t = line.Trim();
            if (t.Length == 0)
            {
                kept.Add("");
                continue;
            }
            if (seenContent && tailStart.IsMatch(t))
            {
                break;
            }
            if (lineChrome.IsMatch(t) || IsNavigation(t))
            {
                continue;
            }
            if (t.Length > 60)
            {
                seenContent = true;
            }
            kept.Add(line);
        }
        return string.Join('\n', kept).Trim();
    }

    /// <summary>"Home | Mali | Niger | Opinion": short items between separators, no sentence.</summary>
    private static bool IsNavigation(string t)
    {
        var bars = t.Count(c => c == '|');
        var crumbs = t.Split(" > ").Length - 1;
        if (bars + crumbs < 2)
        {
            return false;
        }
        var parts = t.Split(['|', '>'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.All(p => p.Split(' ').Length <= 4) && !SentenceEnd().IsMatch(t);
    }

    [GeneratedRegex(@"[a-z]{3,}\. [A-Z]")]
    private static partial Regex SentenceEnd();
}
