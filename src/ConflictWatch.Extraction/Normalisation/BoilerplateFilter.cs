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

    /// <remarks>Compiled: every line of every dispatch is tested, and interpreted these tests were most of the filter's time; compiling them adds nothing measurable to start-up.</remarks>
    private static Regex Build(IEnumerable<string> patterns) =>
        new($"^(?:{string.Join("|", patterns)})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The kept lines; a tail marker ("Article Archive", "Related:") ends the article.</summary>
    public string Filter(string text)
    {
        // Lines are read as spans and only their places kept, then copied once into the result: a
        // page's lines are mostly kept, and splitting, trimming and joining them as strings copied
        // each one three times. A blank line is kept as an empty one (Length 0).
        var kept = new List<(int Start, int Length)>();
        var seenContent = false;
        for (var pos = 0; pos <= text.Length;)
        {
            var nl = text.IndexOf('\n', pos);
            var end = nl < 0 ? text.Length : nl;
            var start = pos;
            var line = text.AsSpan(start, end - start).TrimEnd();
            pos = end + 1;
            var t = line.TrimStart();
            if (t.Length == 0)
            {
                kept.Add((start, 0));
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
            kept.Add((start, line.Length));
        }
        return Joined(text, kept);
    }

    /// <summary>The kept lines joined by newlines, with the white space at both ends trimmed (as string.Join(...).Trim() would give).</summary>
    private static string Joined(string text, List<(int Start, int Length)> kept)
    {
        var first = kept.FindIndex(l => l.Length > 0);
        if (first < 0)
        {
            return "";
        }
        var last = kept.FindLastIndex(l => l.Length > 0);
        // the first line's leading white space goes; every kept line already ends in non-white space
        var firstLine = text.AsSpan(kept[first].Start, kept[first].Length);
        var skip = firstLine.Length - firstLine.TrimStart().Length;
        var length = -skip + last - first;
        var contiguous = true;
        for (var i = first; i <= last; i++)
        {
            length += kept[i].Length;
            contiguous &= i == first || kept[i].Start == kept[i - 1].Start + kept[i - 1].Length + 1;
        }
        if (contiguous)
        {
            // nothing dropped or trimmed in between (the usual case): the text itself, or a part of it
            return text.Substring(kept[first].Start + skip, length);
        }
        return string.Create(length, (text, kept, first, last, skip), static (into, s) =>
        {
            var at = 0;
            for (var i = s.first; i <= s.last; i++)
            {
                if (i > s.first)
                {
                    into[at++] = '\n';
                }
                var (start, len) = s.kept[i];
                var from = i == s.first ? s.skip : 0;
                s.text.AsSpan(start + from, len - from).CopyTo(into[at..]);
                at += len - from;
            }
        });
    }

    /// <summary>"Home | Mali | Niger | Opinion": short items between separators, no sentence.</summary>
    private static bool IsNavigation(ReadOnlySpan<char> line)
    {
        var bars = line.Count('|');
        var crumbs = line.Count(" > ");
        if (bars + crumbs < 2)
        {
            return false;
        }
        // every item between separators at most four words (three spaces once trimmed), and no sentence end
        foreach (var range in line.SplitAny('|', '>'))
        {
            if (line[range].Trim().Count(' ') > 3)
            {
                return false;
            }
        }
        return !SentenceEnd().IsMatch(line);
    }

    [GeneratedRegex(@"[a-z]{3,}\. [A-Z]")]
    private static partial Regex SentenceEnd();
}
