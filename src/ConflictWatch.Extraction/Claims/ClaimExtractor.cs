using System.Text.RegularExpressions;
using ConflictWatch.Extraction.Numbers;

namespace ConflictWatch.Extraction.Claims;

/// <summary>
/// Aggregate figures with their periods: each count that has a unit ("kidnappings", "civilians
/// were killed", "political violence events") and a period ("in 2022", "so far this year") is a
/// claim. "532 kidnappings in 2022, up from 33 in 2017" is two claims; the second inherits the
/// unit. Figures without a period (stocks such as a town's population) are left out.
/// </summary>
public sealed partial class ClaimExtractor
{
    private readonly CountFinder counts = new();
    private readonly PeriodFinder periods = new();

    public IReadOnlyList<ClaimDraft> Extract(string sentence, int sentenceStart, DateOnly reference)
    {
        var ps = periods.Find(sentence, reference);
        if (ps.Count == 0)
        {
            return [];
        }
        var result = new List<ClaimDraft>();
        var found = counts.Find(sentence);
        string? lastUnit = null;
        for (var i = 0; i < found.Count; i++)
        {
            var c = found[i];
            if (c.Vague || c.Low < 2 || ps.Any(p => c.Start >= p.Start && c.End <= p.End))
            {
                continue;
            }
            var nextStart = i + 1 < found.Count ? found[i + 1].Start : sentence.Length;
            var unit = UnitOf(sentence, c) ?? (InheritsUnit(sentence, c) ? lastUnit : null);
            if (unit is null)
            {
                continue;
            }
            lastUnit = unit;
            var period = ps.FirstOrDefault(p => p.Start >= c.End && p.Start < nextStart && p.Start - c.End < 90)
                ?? ps.LastOrDefault(p => p.End <= c.Start)
                ?? ps.FirstOrDefault(p => p.Start >= c.End && p.Start - c.End < 150);
            if (period is null)
            {
                continue;
            }
            result.Add(new ClaimDraft(c.Low, c.Qualifier, unit, period.From, period.To, Attribution(sentence), null, sentenceStart, sentenceStart + sentence.Length, sentence));
        }
        return result;
    }

    private static string? UnitOf(string sentence, Count c)
    {
        var after = sentence[c.End..Math.Min(sentence.Length, c.End + 80)];
        var before = sentence[Math.Max(0, c.Start - 40)..c.Start];
        var m = UnitAfter().Match(after);
        if (m.Success)
        {
            var noun = m.Groups["noun"].Value.Trim().ToLowerInvariant();
            var verb = m.Groups["verb"].Value.ToLowerInvariant();
            if (verb.Length > 0)
            {
                if (verb is "died" or "dead")
                {
                    verb = "killed";
                }
                return noun is "civilians" or "soldiers" or "children" or "women" ? $"{noun} {verb}" : verb;
            }
            if (noun.Length > 0 && AggregateNoun().IsMatch(noun))
            {
                return noun;
            }
            if (noun.Length > 0 && KillBefore().IsMatch(before))
            {
                return "killed";
            }
        }
        return KillBefore().IsMatch(before) ? "killed" : null;
    }

    private static bool InheritsUnit(string sentence, Count c) =>
        FromBefore().IsMatch(sentence[Math.Max(0, c.Start - 30)..c.Start]) || InAfter().IsMatch(sentence[c.End..Math.Min(sentence.Length, c.End + 8)]);

    private static string? Attribution(string sentence)
    {
        var m = AttributionRegex().Match(sentence);
        return m.Success ? m.Groups["who"].Value.Trim() : null;
    }

    [GeneratedRegex(@"^\s*(?:[""“”]\s*)?(?:the number of\s+)?(?<noun>(?:(?:more|other|additional|new|suspected|political|violence|security|protection|armed|violent|civilian|military|[a-z]+-related)\s+){0,3}(?:kidnappings|abductions|attacks|incidents|events|killings|deaths|fatalities|people|civilians|soldiers|troops|militants|terrorists|fighters|persons|children|women|IDPs|refugees|members|jihadists|rebels))?(?:\s*(?:were|have been|had been|was|are|being))?\s*(?:newly\s+|reportedly\s+)?(?<verb>killed|kidnapped|abducted|displaced|disappeared|died|dead)?", RegexOptions.IgnoreCase)]
    private static partial Regex UnitAfter();

    [GeneratedRegex(@"kidnappings|abductions|attacks|incidents|events|killings|deaths|fatalities", RegexOptions.IgnoreCase)]
    private static partial Regex AggregateNoun();

    [GeneratedRegex(@"(?:kill(?:ed|ing)?|neutrali[sz]ed|lost|losing)[""”]?\s+(?:[""“]\s*)?(?:more than\s+|at least\s+|some\s+|about\s+|over\s+)?[""“”]?\s*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex KillBefore();

    [GeneratedRegex(@"\b(?:from|against|compared (?:with|to)|up from|down from|versus|than)\s+(?:about\s+|some\s+|around\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex FromBefore();

    [GeneratedRegex(@"^\s*(?:in|during)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InAfter();

    [GeneratedRegex(@"\baccording to (?<who>(?:an?\s+|the\s+)?[^,.]{2,60})|(?<who>\bthe (?:UN|United Nations|UN human rights division|army|government|ministry|peacekeepers|monitors|OCHA))\s+(?:reported|said|counted|says|reports)|(?<who>\bMonitors)\s+counted", RegexOptions.IgnoreCase)]
    private static partial Regex AttributionRegex();
}
