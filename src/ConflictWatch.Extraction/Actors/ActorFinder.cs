using System.Text.RegularExpressions;
using ConflictWatch.Core;
using ConflictWatch.Extraction.Places;

namespace ConflictWatch.Extraction.Actors;

/// <summary>
/// Finds actor mentions in a sentence: registry names and aliases first (longest wins), then
/// generic descriptors in what is left, each with the country of a demonym or country name
/// just before it ("Nigerien soldiers", "Burkina Faso army", "a French journalist").
/// </summary>
public sealed class ActorFinder
{
    private readonly ActorRegistry registry;
    private readonly Regex namedIgnoreCase;
    private readonly Regex namedExactCase;
    private readonly Regex descriptors;
    private readonly Dictionary<string, Actor> aliasToActor = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (ActorRole Role, string Template, int Inter)> descriptorInfo = new(StringComparer.OrdinalIgnoreCase);

    private static readonly Regex WordBefore = new(@"([\p{L}'’-]+)[\s,]*$", RegexOptions.RightToLeft);
    private static readonly HashSet<string> Skippable = new(StringComparer.OrdinalIgnoreCase)
    {
        "suspected", "unidentified", "unknown", "armed", "alleged", "presumed", "heavily", "local", "several", "some", "other", "of", "the", "a", "an", "two", "three", "four", "five",
        "his", "their", "its", "young", "displaced", "innocent", "at", "least", "many", "more", "than", "hundreds", "dozens", "tens", "about", "around", "over", "all", "and",
    };

    public ActorFinder(ActorRegistry registry)
    {
        this.registry = registry;
        foreach (var (alias, _, actor) in registry.Aliases)
        {
            aliasToActor.TryAdd(TextFold.Fold(alias), actor);
        }
        namedIgnoreCase = Alternation(registry.Aliases.Where(a => !a.CaseSensitive).Select(a => a.Alias), RegexOptions.IgnoreCase);
        namedExactCase = Alternation(registry.Aliases.Where(a => a.CaseSensitive).Select(a => a.Alias), RegexOptions.None);
        foreach (var (d, _, role, template, inter) in registry.Descriptors)
        {
            descriptorInfo.TryAdd(TextFold.Fold(d), (role, template, inter));
        }
        descriptors = Alternation(registry.Descriptors.Select(d => d.Descriptor), RegexOptions.IgnoreCase);
    }

    private static Regex Alternation(IEnumerable<string> words, RegexOptions options)
    {
        var alt = string.Join("|", words.Distinct().OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace("\\ ", "\\s+", StringComparison.Ordinal).Replace("'", "['’]", StringComparison.Ordinal)));
        return new Regex($@"\b(?<!-)(?:{alt})(?![\p{{L}}\d])", options | RegexOptions.CultureInvariant);
    }

    public IReadOnlyList<ActorMention> Find(string text)
    {
        var found = new List<ActorMention>();
        var taken = new bool[text.Length];
        foreach (var regex in new[] { namedIgnoreCase, namedExactCase })
        {
            foreach (Match m in regex.Matches(text))
            {
                if (Overlaps(taken, m.Index, m.Length))
                {
                    continue;
                }
                if (!aliasToActor.TryGetValue(TextFold.Fold(m.Value), out var actor))
                {
                    continue;
                }
                Take(taken, m.Index, m.Length);
                found.Add(new ActorMention(m.Index, m.Index + m.Length, m.Value, ActorRole.Named, actor, null, actor.Inter, actor.CountryCode));
            }
        }
        foreach (Match m in descriptors.Matches(text))
        {
            if (Overlaps(taken, m.Index, m.Length))
            {
                continue;
            }
            if (!descriptorInfo.TryGetValue(TextFold.Fold(m.Value), out var info))
            {
                continue;
            }
            if (info.Role == ActorRole.State && char.IsUpper(m.Value[0]) && m.Value is "Forces" or "State")
            {
                continue;
            }
            var (country, start) = CountryBefore(text, m.Index);
            var end = m.Index + m.Length;
            if (country is null && CountryAfter(text, end) is { } after)
            {
                // "military forces of Mali", "the government of Niger"
                (country, end) = after;
            }
            Take(taken, m.Index, end - m.Index);
            found.Add(new ActorMention(start, end, text[start..end], info.Role, null, info.Template, info.Inter, country));
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>The country named by a demonym or country name among the few words before a descriptor.</summary>
    private static (string? Iso2, int Start) CountryBefore(string text, int index)
    {
        var pos = index;
        for (var i = 0; i < 4; i++)
        {
            var m = WordBefore.Match(text[Math.Max(0, pos - 40)..pos]);
            if (!m.Success)
            {
                break;
            }
            var word = m.Groups[1].Value;
            var wordStart = pos - (m.Length);
            var country = Countries.ByDemonym(word) ?? Countries.ByName(word);
            if (country is null && wordStart > 0)
            {
                // two-word country names: "Burkina Faso army"
                var m2 = WordBefore.Match(text[Math.Max(0, wordStart - 40)..wordStart]);
                if (m2.Success)
                {
                    country = Countries.ByName($"{m2.Groups[1].Value} {word}");
                    if (country is not null)
                    {
                        wordStart -= m2.Length;
                    }
                }
            }
            if (country is not null)
            {
                return (country.Iso2, wordStart + (text[wordStart..pos].Length - text[wordStart..pos].TrimStart().Length));
            }
            if (!Skippable.Contains(word) && !(word.EndsWith("-linked", StringComparison.OrdinalIgnoreCase)))
            {
                break;
            }
            pos = wordStart;
        }
        return (null, index);
    }

    private static readonly Regex OfCountry = new(@"^\s+of\s+(?:the\s+)?(?<c>[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2})", RegexOptions.Compiled);

    private static (string Iso2, int End)? CountryAfter(string text, int end)
    {
        var m = OfCountry.Match(text[end..Math.Min(text.Length, end + 50)]);
        if (!m.Success)
        {
            return null;
        }
        var words = m.Groups["c"].Value.Split(' ');
        for (var n = words.Length; n >= 1; n--)
        {
            var name = string.Join(' ', words[..n]);
            if (Countries.ByName(name) is { } c)
            {
                return (c.Iso2, end + m.Groups["c"].Index + name.Length);
            }
        }
        return null;
    }

    private static bool Overlaps(bool[] taken, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (taken[i])
            {
                return true;
            }
        }
        return false;
    }

    private static void Take(bool[] taken, int start, int length) => Array.Fill(taken, true, start, length);
}
