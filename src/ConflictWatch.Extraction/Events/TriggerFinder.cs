using System.Text.RegularExpressions;

namespace ConflictWatch.Extraction.Events;

/// <summary>Finds event triggers (data/lexicon/triggers.tsv) in a clause; several frames may fire on one clause.</summary>
public sealed class TriggerFinder
{
    private readonly List<(Frame Frame, Regex Regex)> patterns = [];

    public TriggerFinder()
    {
        foreach (var row in DataFiles.Tsv("lexicon/triggers.tsv"))
        {
            var frame = Enum.Parse<Frame>(row[0]);
            // a leading '=' makes one alternative case-sensitive ("=IED" must not match "died")
            var pattern = string.Join("|", TopLevelAlternatives(row[1]).Select(a => a.StartsWith('=') ? $"(?-i:{a[1..]})" : a));
            patterns.Add((frame, new Regex($@"(?<![\p{{L}}-])(?:{pattern})(?![\p{{L}}])", RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant)));
        }
    }

    private static IEnumerable<string> TopLevelAlternatives(string pattern)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    yield return pattern[start..i];
                    start = i + 1;
                    break;
            }
        }
        yield return pattern[start..];
    }

    public IReadOnlyList<Trigger> Find(string text)
    {
        var result = new List<Trigger>();
        foreach (var (frame, regex) in patterns)
        {
            foreach (Match m in regex.Matches(text))
            {
                result.Add(new Trigger(frame, m.Index, m.Index + m.Length, m.Value));
            }
        }
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }
}
