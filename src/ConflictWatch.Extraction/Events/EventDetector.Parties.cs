using System.Text.RegularExpressions;
using ConflictWatch.Extraction.Actors;
using ConflictWatch.Extraction.Segmentation;

namespace ConflictWatch.Extraction.Events;

/// <summary>
/// Who did what to whom beyond subject and object: passives, the two sides of a clash or a truce, a
/// speaker reporting its own action, a group named in an earlier sentence, and a toll that belongs to
/// the war rather than to the event.
/// </summary>
public sealed partial class EventDetector
{
    /// <summary>
    /// "FAMa soldiers and Dan Na Ambassagou militiamen clashed in Bankass", "leaders of Dan Na Ambassagou and
    /// representatives of Katiba Macina signed a truce": a reciprocal verb with no "with X" after it
    /// is between the two sides named before it, so the second is actor 2 (the dead listed after it are
    /// both sides' and say nothing about who fought).
    /// </summary>
    private static ActorMention? ClashPartner(string clause, Trigger primary, IReadOnlyList<ActorMention> mentions, ActorMention? agent)
    {
        if (!(primary.Frame == Frame.Clash && Reciprocal().IsMatch(primary.Text) || primary.Frame == Frame.Agreement) || agent is null || WithAfter().IsMatch(clause.AsSpan(primary.End, Math.Min(12, clause.Length - primary.End))))
        {
            return null;
        }
        // the two joined by "and", perhaps with a noun between: "and representatives of Katiba Macina"
        return mentions.FirstOrDefault(m => m.Start > agent.End && m.End <= primary.Start && (m.Role != agent.Role || m.Actor != agent.Actor)
            && clause.AsSpan(agent.End, m.Start - agent.End).Trim() is var gap && gap.Length <= 30 && (gap is "and" || gap.StartsWith("and ", StringComparison.Ordinal)) && gap.IndexOfAny(",;.") < 0);
    }

    /// <summary>
    /// The group named last in the entry's sentences before this one, for "its fighters" after a sentence
    /// that named the group but reported nothing ("ISSP's strategy is to isolate district towns"): such
    /// sentences are not read for actors, so the name is looked up only when a possessive needs it.
    /// </summary>
    private Party? EarlierNamed(Entry entry, Sentence sentence)
    {
        for (var i = entry.Sentences.Count - 1; i >= 0; i--)
        {
            if (entry.Sentences[i].Start >= sentence.Start)
            {
                continue;
            }
            if (actors.Find(entry.Sentences[i].Text).LastOrDefault(m => m.Role == ActorRole.Named) is { } named)
            {
                return Party.From(named);
            }
        }
        return null;
    }

    [GeneratedRegex(@"\b(?:its|their) (?:fighters|militants|men|gunmen|combatants|members)\b|\bthe group(?:'s|’s)? ", RegexOptions.IgnoreCase)]
    private static partial Regex Possessive();

    /// <summary>How far after a clash word its "between" ends: "clashes between", "Clashes erupted on 1 October between".</summary>
    private static int? BetweenLength(string clause, int end)
    {
        foreach (var m in BetweenAfter().EnumerateMatches(Window.After(clause, end, 60)))
        {
            return m.Length;
        }
        return null;
    }

    [GeneratedRegex(@"^(?:\s+(?:erupted|broke out|took place|occurred|were reported|flared|resumed)?(?:\s+(?:on|overnight|late|early|in|at)\b[^.;,()]{0,25}?)?)?\s+between\s", RegexOptions.IgnoreCase)]
    private static partial Regex BetweenAfter();

    [GeneratedRegex(@"\b(?:backed|supported|assisted|accompanied|aided|helped|reinforced) by\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex BackedBy();

    [GeneratedRegex(@"^\s+(?:has\s+|have\s+)?claim(?:s|ed)?\s+(?:responsibility\s+for\s+)?(?:(?:a|an|the|two|three|several)\s|(?:attacks?|ambush(?:es)?|raids?|assaults?|strikes?|bombings?|killings?|abductions?)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ClaimsAttack();

    /// <summary>
    /// "JNIM carried out its deadliest attack ... when hundreds of fighters overran a military base": unnamed
    /// fighters after a named group are its own, not whom it attacked.
    /// </summary>
    private static bool OwnFighters(ActorMention? agent, ActorMention m) =>
        agent is { Role: ActorRole.Named, Actor: not null, Inter: 2 } && m is { Role: ActorRole.Armed, Actor: null };

    /// <summary>"announced" or "declared" followed by a happening of another kind in the same clause.</summary>
    private static bool AnnouncesAnother(Trigger t, IReadOnlyList<Trigger> found) =>
        t.Frame == Frame.Change && (t.Text.StartsWith("announc", StringComparison.OrdinalIgnoreCase) || t.Text.StartsWith("declared", StringComparison.OrdinalIgnoreCase))
        && found.Any(o => o.Start > t.End && o.Frame is not Frame.Change and not Frame.Kill);

    [GeneratedRegex(@"\b(?:said|says|announced|claimed|claims|reported)\b(?:\s+(?:on|late on|early on)\s+\w+)?\s+(?:(?:that\s+)?(?:it|they)\s+(?:had|has|have)?|to\s+have\s|(?:having\s+)?(?:killing|neutrali[sz]ing|killed|neutrali[sz]ed)\b|(?:some\s+|about\s+|at least\s+|over\s+)?\w+\s+(?:\w+\s+)?(?:terrorists|militants|jihadists|assailants|attackers|insurgents|bandits|fighters)\s+(?:were\s+)?(?:neutrali[sz]ed|killed)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SelfReport();

    [GeneratedRegex(@"\b(?:convoy|patrol|post|base|camp|checkpoint|position|unit|garrison|outpost|column|escort)s?$", RegexOptions.IgnoreCase)]
    private static partial Regex UnitNoun();

    /// <summary>Verbs of fighting each other; "repelled" and "counter-attacked" have a defender as subject.</summary>
    [GeneratedRegex(@"^(?:clash|fought|fight|battle|exchang|skirmish|engag|gunfight|firefight)", RegexOptions.IgnoreCase)]
    private static partial Regex Reciprocal();

    /// <summary>"was attacked", and "came under attack", whose subject is as much the one hit.</summary>
    [GeneratedRegex(@"(?:\b(?:was|were|been|being|is|are)\s+(?:reportedly\s+|allegedly\s+|also\s+|again\s+)?|\b(?:came|come|comes|coming)\s+under\s+(?:an?\s+)?(?:heavy\s+|sustained\s+|coordinated\s+|simultaneous\s+)?)$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex PassiveBefore();

    [GeneratedRegex(@"^\s+(?:each other\s+|one another\s+)?(?:with|against)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WithAfter();

    /// <summary>
    /// "Thousands of civilians have been killed in the past five years": a conflict's toll, not an event,
    /// unless the clause gives the day.
    /// </summary>
    [GeneratedRegex(@"\b(?:thousands|millions|tens of thousands|hundreds of thousands)\b|\b(?:has|have) been (?:killed|displaced|kidnapped|abducted|forced)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RunningToll();

    // the words some alternative of each pattern contains (see CuedPattern): most clauses hold none
    private static readonly CuedPattern RunningTollCued = new(RunningToll(), "thousands", "millions", "been");
    private static readonly CuedPattern PossessiveCued = new(Possessive(), "its ", "their ", "the group");
    private static readonly CuedPattern ForecastCued = new(Forecast(), "expect", "predict", "forecast", "fear", "warn", "in the coming");

    /// <summary>"Analysts expect more suicide attacks in the coming months": a forecast reports nothing that happened.</summary>
    [GeneratedRegex(@"\b(?:expect(?:s|ed)?|predict(?:s|ed)?|forecast|fear(?:s|ed)?|warn(?:s|ed)? of)\b[^.;]{0,40}?\b(?:more|further|new|renewed)\b|\bin the coming (?:days|weeks|months|year)\b|\b(?:expect(?:s|ed)?|predict(?:s|ed)?|fear(?:s|ed)?)\b[^.;]{0,60}?\bto (?:intensify|escalate|increase|continue|spread|worsen|resume|grow|rise)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Forecast();

    /// <summary>
    /// A figure that adds nothing to the event before it: a running toll, or one counted "since" a date
    /// ("killed hundreds since 2020").
    /// </summary>
    private static bool IsAggregate(string clause) => RunningTollCued.IsMatch(clause) || SinceWord().IsMatch(clause);

    [GeneratedRegex(@"\bsince\b", RegexOptions.IgnoreCase)]
    private static partial Regex SinceWord();

    /// <summary>"The attackers were believed to be ISGS militants", "the attack was blamed on JNIM", "it was claimed by JNIM".</summary>
    [GeneratedRegex(@"\b(?:(?:were|was|are|is) (?:believed|thought|suspected|said|presumed) to (?:be|belong to|have been)|(?:were|was) identified as|(?:was|were) blamed on|(?:was|were) attributed to|(?:was|were|has been|had been) claimed by)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Attribution();

    private static readonly CuedPattern SelfReportCued = new(SelfReport(), "said", "says", "announced", "claim", "reported");
    private static readonly CuedPattern SharedNounPairCued = new(SharedNounPair(), "militia", "fighters", "hunters", "vigilantes");
    private static readonly CuedPattern OriginCued = new(Origin(), "patrol", "convoy", "unit", "troops", "soldiers", "gendarmes", "policemen", "column", "detachment", "team", "delegation", "bus", "vehicle", "truck", "travel", "traders");
    private static readonly CuedPattern LeftBeforeCued = new(LeftBefore(), "left", "leaving");
    private static readonly CuedPattern OwnMenCued = new(OwnMen(), " men");
    private static readonly CuedPattern ClaimsAttackCued = new(ClaimsAttack(), "claim");
    private static readonly CuedPattern AttributionCued = new(Attribution(), "believed", "thought", "suspected", "said", "presumed", "identified", "blamed", "attributed", "claimed by");

    /// <summary>
    /// Victims named in a list with others: "17 soldiers and 36 members of a civilian defence force were
    /// killed" (the first before a victim), "left 15 soldiers and 5 VDP dead" (forces left dead, and the
    /// rest of their list).
    /// </summary>
    private static void ExtendVictimLists(string clause, IReadOnlyList<ActorMention> mentions, List<ActorMention> victims)
    {
        for (var k = mentions.Count - 2; k >= 0; k--)
        {
            // "17 soldiers and 36 members of a civilian defence force were killed": the first of a list of victims
            if (!victims.Contains(mentions[k]) && victims.Contains(mentions[k + 1]) && mentions[k + 1].Start - mentions[k].End <= 30
                && clause.AsSpan(mentions[k].End, mentions[k + 1].Start - mentions[k].End) is var gap && ListGap(gap))
            {
                victims.Insert(0, mentions[k]);
            }
        }
        foreach (var m in mentions)
        {
            // "another ambush left 15 soldiers and 5 VDP dead": forces counted as left dead (not "left 11 people
            // dead on both sides", whose people are the two sides' own)
            if (m.Role is not (ActorRole.Civilian or ActorRole.Protester or ActorRole.Rioter) && !victims.Contains(m)
                && LeftBeforeCued.IsMatch(Window.Before(clause, m.Start, 30)) && DeadAfterList().IsMatch(Window.After(clause, m.End, 30)))
            {
                victims.Add(m);
            }
        }
        for (var k = 0; k + 1 < mentions.Count; k++)
        {
            // "left 15 soldiers and 5 VDP dead": the rest of a list whose first member is a victim
            if (victims.Contains(mentions[k]) && !victims.Contains(mentions[k + 1]) && mentions[k + 1].Start - mentions[k].End <= 30
                && clause.AsSpan(mentions[k].End, mentions[k + 1].Start - mentions[k].End) is var gap && ListGap(gap)
                && DeadAfterList().IsMatch(Window.After(clause, mentions[k + 1].End, 30)))
            {
                victims.Add(mentions[k + 1]);
            }
        }
    }

    /// <summary>A gap that starts with "and" ("soldiers and an unknown number of militants"), not "gunmen shot and killed a civilian".</summary>
    private static bool ListGap(ReadOnlySpan<char> gap) =>
        gap.Trim() is var t && t.StartsWith("and ", StringComparison.Ordinal) && t.IndexOfAny(",;.") < 0;

    [GeneratedRegex(@"\b(?:left|leaving)\s+(?:at least\s+|about\s+|some\s+|around\s+)?\d+\s+$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex LeftBefore();

    /// <summary>The list ends with what happened to all of it: "... and 5 VDP dead", "... and two gendarmes were killed".</summary>
    [GeneratedRegex(@"^[^.;,]{0,20}?\b(?:dead|killed|wounded|injured|abducted|kidnapped|died)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeadAfterList();

    /// <summary>
    /// "Fulani and Dogon militias": the first name shares the noun after the second, so it is an actor
    /// of its own ("Fulani militia"), read as if the noun followed it.
    /// </summary>
    private List<ActorMention> SharedNoun(string clause, List<ActorMention> mentions)
    {
        if (!clause.Contains(" and ", StringComparison.Ordinal) || SharedNounPairCued.Match(clause) is not { Success: true } pair)
        {
            return mentions;
        }
        var first = pair.Groups["a"];
        if (mentions.Any(m => m.Start < first.Index + first.Length && m.End > first.Index)
            || actors.Find(first.Value + " " + pair.Groups["n"].Value).FirstOrDefault() is not { } own || own.Start != 0)
        {
            return mentions;
        }
        var result = new List<ActorMention>(mentions.Count + 1) { own with { Start = first.Index, End = first.Index + first.Length, Text = first.Value } };
        result.AddRange(mentions);
        result.Sort((x, y) => x.Start.CompareTo(y.Start));
        return result;
    }

    [GeneratedRegex(@"\b(?<a>\p{Lu}[\p{L}-]+) and (?:\p{Lu}[\p{L}-]+) (?<n>militias|militiamen|militia|fighters|hunters|vigilantes)\b")]
    private static partial Regex SharedNounPair();

    private static readonly string[] RelativeMarkers = [", where ", ", when ", ", after "];

    /// <summary>
    /// Where a relative clause that holds the trigger begins: "... blames fighters based in Mali, where
    /// French troops withdrew from Menaka": its subject is after ", where", not the sentence's.
    /// </summary>
    private static int RelativeStart(string clause, int triggerStart)
    {
        var best = -1;
        foreach (var marker in RelativeMarkers)
        {
            var i = clause.LastIndexOf(marker, triggerStart, StringComparison.Ordinal);
            best = Math.Max(best, i < 0 ? -1 : i + marker.Length - 1);
        }
        return best;
    }

    [GeneratedRegex(@"\b(?:its|their) (?:own )?men\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnMen();

    private static bool IsOrigin(string clause, int start) => OriginCued.IsMatch(Window.Before(clause, start, 40));

    [GeneratedRegex(@"\b(?:patrol|convoy|unit|troops|soldiers|gendarmes|policemen|column|detachment|team|delegation|bus|minibus|vehicle|truck|travellers|travelers|traders)\s+(?:coming\s+|returning\s+|travelling\s+|traveling\s+|based\s+|stationed\s+|deployed\s+)?(?:from|of|based in|stationed in)\s+(?:the\s+)?(?:town\s+of\s+|village\s+of\s+|city\s+of\s+|camp\s+(?:of|in|at)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex Origin();

    /// <summary>Forces firing on a crowd whose people died: "fired live ammunition, killing 1 protester".</summary>
    [GeneratedRegex(@"\b(?:fired|shot|opened fire|live ammunition|live rounds|gunfire)\b[^.;]{0,60}?\b(?:protesters?|demonstrators?|students?|youths?|marchers?|people|persons|civilians|residents)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FiredOnCrowd();
}
