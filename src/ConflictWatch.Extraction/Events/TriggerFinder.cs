using System.Buffers;
using System.Text.RegularExpressions;

namespace ConflictWatch.Extraction.Events;

/// <summary>Finds event triggers (data/lexicon/triggers.tsv) in a clause; several frames may fire on one clause.</summary>
public sealed class TriggerFinder
{
    private readonly List<(Frame Frame, Regex Regex, SearchValues<string>? Prefilter)> patterns = [];

    public TriggerFinder()
    {
        foreach (var row in DataFiles.Tsv("lexicon/triggers.tsv"))
        {
            var frame = Enum.Parse<Frame>(row[0]);
            // a leading '=' makes one alternative case-sensitive ("=IED" must not match "died")
            var alternatives = TopLevelAlternatives(row[1]).ToList();
            var pattern = string.Join("|", alternatives.Select(a => a.StartsWith('=') ? $"(?-i:{a[1..]})" : a));
            var prefixes = alternatives.Select(a => LiteralPrefix(a.TrimStart('='))).ToList();
            // a frame whose every alternative starts with a literal is tried only when one of them occurs
            var prefilter = prefixes.All(p => p.Length >= 3) ? SearchValues.Create(prefixes.Distinct().ToArray(), StringComparison.OrdinalIgnoreCase) : null;
            patterns.Add((frame, new Regex($@"\b(?:{pattern})(?![\p{{L}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), prefilter));
        }
    }

    private static readonly HashSet<string> PluralNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "attacks", "raids", "kidnappings", "abductions", "killings", "strikes", "ambushes", "clashes", "massacres", "executions", "battles", "arrests", "protests", "demonstrations", "riots", "explosions",
    };

    private static readonly HashSet<string> SingularNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "attack", "raid", "ambush", "kidnapping", "abduction", "clash", "battle", "killing", "massacre", "execution", "assault", "arrest", "strike", "explosion", "blast",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "this", "that", "such", "more", "frequent", "another", "any", "every", "of", "similar", "deadly", "latest", "recent", "first", "second", "third", "by", "for", "its", "their", "his", "major", "large", "new", "further", "future", "possible", "planned", "terrorist", "jihadist", "militant", "retaliatory", "counter", "bomb", "suicide", "armed", "to", "repeated", "many", "no", "fewer", "most", "other", "those", "these", "in", "after", "before", "against",
    };

    /// <summary>"ground attack aircraft", "strike force": the trigger word modifies a noun.</summary>
    private static readonly HashSet<string> CompoundHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "aircraft", "helicopter", "helicopters", "drones", "drone", "jets", "planes", "capability", "capabilities", "force", "forces", "group", "groups", "dogs", "unit", "units", "team", "teams", "squad", "rifle", "rifles",
    };

    private static readonly HashSet<string> ObjectStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "dozens", "villagers", "civilians", "soldiers", "troops", "an", "their", "its", "his", "her", "people", "police", "army", "military", "villages", "positions",
    };

    /// <summary>
    /// "more attacks on the border", "an attack", "the kidnappings": a trigger used as a noun in
    /// background or trend talk opens no event. Verb uses keep their object ("attacks a post").
    /// </summary>
    private static bool IsNounUse(string text, Match m)
    {
        var word = m.Value;
        if (word.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }
        var next = NextWord(text, m.Index + m.Length);
        var prev = PrevWord(text, m.Index);
        if (PluralNouns.Contains(word))
        {
            var verbLike = next is not null && (ObjectStarts.Contains(next) || char.IsUpper(next[0]) || char.IsDigit(next[0])) && !Determiners.Contains(prev ?? "");
            return !verbLike;
        }
        if (SingularNouns.Contains(word))
        {
            return prev is not null && Determiners.Contains(prev) || next is not null && CompoundHeads.Contains(next);
        }
        if (word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && prev is "by" or "of" or "for" or "from" or "on" or "about")
        {
            return true; // "by attacking the convoys": a means, stated as strategy
        }
        return false;
    }

    private static string? NextWord(string text, int i)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }
        var start = i;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '-'))
        {
            i++;
        }
        return i > start ? text[start..i] : null;
    }

    private static string? PrevWord(string text, int i)
    {
        i--;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }
        var end = i + 1;
        while (i >= 0 && (char.IsLetterOrDigit(text[i]) || text[i] == '-'))
        {
            i--;
        }
        return end > i + 1 ? text[(i + 1)..end] : null;
    }

    /// <summary>The literal text an alternative must start with ("attack" of "attack(?:ed|s)?"); empty when it starts with a construct.</summary>
    private static string LiteralPrefix(string alternative)
    {
        var end = 0;
        while (end < alternative.Length && !"()[]{}?*+|\\.^$ ".Contains(alternative[end]))
        {
            end++;
        }
        if (end < alternative.Length && alternative[end] is '?' or '*' or '{' && end > 0)
        {
            end--;
        }
        return alternative[..end];
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
        foreach (var (frame, regex, prefilter) in patterns)
        {
            if (prefilter is not null && text.AsSpan().IndexOfAny(prefilter) < 0)
            {
                continue;
            }
            foreach (Match m in regex.Matches(text))
            {
                if (IsNounUse(text, m))
                {
                    continue;
                }
                result.Add(new Trigger(frame, m.Index, m.Index + m.Length, m.Value));
            }
        }
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }
}
