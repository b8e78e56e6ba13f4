using System.Text.RegularExpressions;
using ConflictWatch.Extraction.Numbers;

namespace ConflictWatch.Extraction.Claims;

/// <summary>
/// Aggregate figures with their periods: each count that has a unit ("kidnappings", "civilians
/// were killed", "political violence events") and a period ("in 2022", "so far this year") is a
/// claim. "532 kidnappings in 2022, up from 33 in 2017" is two claims; the second inherits the
/// unit. Figures without a period (stocks such as a town's population) are left out.
/// </summary>
public sealed partial class ClaimExtractor : IClaimExtractor
{
    private readonly CountFinder counts = new();
    private readonly PeriodFinder periods = new();

    /// <param name="reportingPeriod">the period of a report's key figures, for figures stated without one.</param>
    public IReadOnlyList<ClaimDraft> Extract(string sentence, int sentenceStart, DateOnly reference, (DateOnly From, DateOnly To)? reportingPeriod = null, bool keyFigure = false)
    {
        var stated = periods.Find(sentence, reference);
        if (stated.Count == 0 && reportingPeriod is null)
        {
            return []; // no period, so no claim: most sentences end here
        }
        var ps = new List<Period>(stated.Count + 1);
        foreach (var p in stated)
        {
            if (!Stock().IsMatch(Segmentation.Window.Before(sentence, p.Start, 16)))
            {
                ps.Add(p);
            }
        }
        Period? documentPeriod = reportingPeriod is { } rp ? new Period(sentence.Length, sentence.Length, rp.From, rp.To) : null;
        if (documentPeriod is not null && (keyFigure || ReportingPhraseCued.IsMatch(sentence)))
        {
            ps.Add(documentPeriod);
        }
        if (ps.Count == 0)
        {
            return [];
        }
        ShiftSamePeriod(sentence, ps);
        var result = new List<ClaimDraft>();
        var found = counts.Find(sentence);
        string? lastUnit = null;
        (string? Who, bool Read) attribution = default; // read once, for the first claim
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
            var period = ps.FirstOrDefault(p => p.Start >= c.End && p.Start < nextStart && p.Start - c.End < 90 && p != documentPeriod)
                ?? ps.LastOrDefault(p => p.End <= c.Start)
                ?? (ps.Contains(documentPeriod!) ? documentPeriod : null)
                ?? ps.FirstOrDefault(p => p.Start >= c.End && p.Start - c.End < 150);
            if (period is null)
            {
                continue;
            }
            attribution = attribution.Read ? attribution : (Attribution(sentence), true);
            result.Add(new ClaimDraft(c.Low, c.Qualifier, unit, period.From, period.To, attribution.Who, null, sentenceStart, sentenceStart + sentence.Length, sentence));
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
        if (KillBefore().IsMatch(before))
        {
            return "killed";
        }
        // "The number of kidnappings in the Mopti region rose to 250 in 2022"
        var risen = NumberOfRoseCued.Match(sentence[Math.Max(0, c.Start - 120)..c.Start]);
        return risen.Success ? risen.Groups["noun"].Value.ToLowerInvariant() : null;
    }

    private static readonly Segmentation.CuedPattern NumberOfRoseCued = new(NumberOfRose(), "the number of");

    [GeneratedRegex(@"\bthe number of (?<noun>kidnappings|abductions|attacks|incidents|killings|deaths|fatalities|displaced people|IDPs|refugees)\b[^.;]{0,70}?\b(?:rose|increased|climbed|jumped|grew|fell|dropped|declined|decreased|reached|stood at|doubled|tripled)(?: to)?\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|more than\s+|over\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex NumberOfRose();

    /// <summary>"the year before", "the same period of 2023": a period stated against the one before it.</summary>
    private static void ShiftSamePeriod(string sentence, List<Period> ps)
    {
        foreach (Match m in SamePeriodWords.In(sentence) ? SamePeriod().Matches(sentence) : Enumerable.Empty<Match>())
        {
            var earlier = ps.LastOrDefault(p => p.End <= m.Index);
            if (earlier is null)
            {
                continue;
            }
            var years = m.Groups["y"].Success ? earlier.From.Year - int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
            ps.Add(new Period(m.Index, m.Index + m.Length, earlier.From.AddYears(-years), earlier.To.AddYears(-years)));
            if (m.Groups["y"].Success)
            {
                ps.RemoveAll(p => p.Start >= m.Index && p.End <= m.Index + m.Length + 8 && p.Start != m.Index);
            }
        }
        ps.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>What every match of <see cref="SamePeriod"/> contains; most sentences hold none and are spared the pattern.</summary>
    private static readonly Segmentation.Cue SamePeriodWords = new("the year before", "a year earlier", "the previous year", "the same period");

    [GeneratedRegex(@"\b(?:the year before|a year earlier|the previous year|the same period (?:of|in) (?<y>\d{4})|the same period a year earlier|the same period last year)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SamePeriod();

    private static readonly Segmentation.CuedPattern ReportingPhraseCued = new(ReportingPhrase(), "period", "month", "week");

    [GeneratedRegex(@"\b(?:during|in|over|for) the (?:reporting )?(?:period|month|week)\b|\bthis (?:reporting )?(?:period|month)\b|\bthe period under review\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportingPhrase();

    [GeneratedRegex(@"\b(?:at|by) the end(?: of)?\s*$|\bas of\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Stock();

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

    [GeneratedRegex(@"\baccording to (?<who>(?:an?\s+|the\s+)?[^,.]{2,60})|(?<who>\bthe (?:UN|United Nations|UN human rights division|army|government|ministry|peacekeepers|monitors|OCHA|UN mission|human rights division))\s+(?:reported|said|counted|says|reports|report|say|recorded|estimated|estimates)|(?<who>\bMonitors)\s+counted|(?<who>\b(?:ACLED|UCDP|UNHCR|UNICEF|MINUSMA|Human Rights Watch|Amnesty International|Save the Children))\s+(?:recorded|reported|counted|registered|documented|says|said|estimated|estimates)", RegexOptions.IgnoreCase)]
    private static partial Regex AttributionRegex();
}
