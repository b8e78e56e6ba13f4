using System.Text.RegularExpressions;
using ConflictWatch.Extraction.Numbers;
using ConflictWatch.Extraction.Segmentation;

namespace ConflictWatch.Extraction.Events;

/// <summary>
/// Reads deaths and abductions from a clause: "killing two three policemen and two civilians",
/// "Seventeen soldiers ... died", "left at least 11 people dead", "abducted 11 people", with one
/// side's claims of enemy dead ("the army said nine attackers were killed") kept apart.
/// Injuries are never deaths.
/// </summary>
public sealed partial class CasualtyReader
{
    private readonly CountFinder counts = new();

    public Casualties Read(string clause, bool suicide)
    {
        var found = counts.Find(clause);
        int deaths = 0, high = 0, claimed = 0, kidnapped = 0;
        var restated = false;
        var pending = new List<Count>();
        var anyKidnap = false;
        var perPlace = new List<int>();
        var chainDeath = false;
        var chainKidnap = false;
        var single = Has(clause, KidnapCues) ? SingleKidnap().Match(clause) : Match.Empty;
        // the death words are looked for once, and the one-death pattern run at most once, and only when
        // asked: after a figure the loop could not place, or when no figure told of deaths (most clauses
        // that kill have one, "killing 12 soldiers", and never need it)
        var deathWords = Has(clause, DeathCues);
        Match? oneDeadMatch = null;
        Match OneDead() => oneDeadMatch ??= deathWords ? SingleDeathCued.Match(clause) : Match.Empty;
        for (var i = 0; i < found.Count; i++)
        {
            var c = found[i];
            var before = Window.Before(clause, c.Start, 40);
            var after = Window.After(clause, c.End, 70);
            // ("killing seventeen of them", "executed several of them" are the figure itself)
            if (OfThem().IsMatch(after) && !DeathBeforeCued.IsMatch(before))
            {
                if (i > 0 && deaths == 0 && claimed == 0 && DeathAfterCued.IsMatch(after))
                {
                    // "beat 3 Fulani men, two of whom died": a part of the figure before it, and the only figure of dead
                    deaths += c.LowInt;
                    high += c.HighInt;
                }
                continue; // "killed nine civilians, two of them children", "several of the dead": a part of a figure already counted
            }
            var kind = Classify(before, after, chainDeath, chainKidnap);
            if (kind == Kind.None && c.Start > 20 && TollStated.In(clause) && (TollRose().IsMatch(Window.Before(clause, c.Start, 160)) || TollStatement().IsMatch(before)))
            {
                // "the toll from Sunday's attack on a gendarmerie post in Inata has risen to 53", "local sources put the toll at around 100"
                kind = Kind.Death;
                restated = true;
            }
            if (kind == Kind.None && ListedAfter(clause, OneDead(), c.Start))
            {
                // "killed a teacher and two pupils": one plus two
                kind = Kind.Death;
                deaths += 1;
                high += 1;
            }
            if (kind == Kind.None && deaths == 0 && WithWord.In(before) && DiedAlongWith().IsMatch(Window.Before(clause, c.Start, 120)))
            {
                // "the chief of staff is killed in an ambush near Nara along with three other people": the one named and the three
                kind = Kind.Death;
                deaths += 1;
                high += 1;
            }
            if (kind == Kind.None && ListedAfter(clause, single, c.Start))
            {
                // "abducted the village chief and two of his sons": one plus two
                kind = Kind.Kidnap;
                kidnapped += 1;
            }
            chainDeath = kind == Kind.Death && ContinuesList(after);
            chainKidnap = kind == Kind.Kidnap && ContinuesList(after);
            if (kind == Kind.Death)
            {
                if (IsClaim(clause, c.Start, after))
                {
                    claimed += c.LowInt;
                }
                else
                {
                    deaths += c.LowInt;
                    high += c.HighInt;
                    perPlace.Add(c.LowInt);
                    // the pattern only runs after the three words a toll statement ends with
                    restated |= (before.EndsWith("at ", StringComparison.Ordinal) || before.EndsWith("to ", StringComparison.Ordinal) || before.EndsWith("as ", StringComparison.Ordinal))
                        && TollStatement().IsMatch(before);
                }
            }
            else if (kind == Kind.Kidnap)
            {
                kidnapped += c.LowInt;
                anyKidnap = true;
            }
            else if (kind == Kind.None && i + 1 < found.Count && LeadsList(clause, c.End, found[i + 1].Start))
            {
                // "17 soldiers and 36 members of a civilian defence force were killed", "59 civilians, 15
                // soldiers and 6 VDP were killed": decided by the figure that ends the list
                pending.Add(c);
                continue;
            }
            foreach (var first in pending)
            {
                if (kind == Kind.Death && !IsClaim(clause, first.Start, Window.After(clause, first.End, 70)))
                {
                    deaths += first.LowInt;
                    high += first.HighInt;
                    perPlace.Insert(Math.Max(0, perPlace.Count - 1), first.LowInt);
                }
                else if (kind == Kind.Kidnap)
                {
                    kidnapped += first.LowInt;
                }
            }
            pending.Clear();
        }
        if (deaths == 0 && claimed == 0 && deathWords && VagueDeathCued.IsMatch(clause))
        {
            deaths = high = 3;
        }
        if (deaths == 0 && claimed == 0 && deathWords && OneOfThemDiedCued.IsMatch(clause))
        {
            deaths = high = 1; // "beat 3 Fulani men, one of whom died" ("one" is not read as a figure)
        }
        if (deaths == 0 && claimed == 0 && OneDead() is { Success: true } dead)
        {
            deaths = high = 1 + Relative(clause, dead);
        }
        if (!anyKidnap && single.Success)
        {
            kidnapped = 1 + Relative(clause, single);
            anyKidnap = true;
        }
        // also in a follow-up sentence ("2 peacekeepers were killed and the attacker died"): the event it adds
        // to is a suicide bombing or the flag is never read (Casualties.Fatalities)
        var selfKilled = (suicide || deathWords) && BomberDiedCued.IsMatch(clause);
        var respectively = perPlace.Count > 1 || Has(clause, Respectively);
        // "the CSP admits nine dead": the other side's count of the same dead, a range with the first
        restated |= deaths > 0 && AdmitsCued.IsMatch(clause);
        // "Dozens of soldiers were killed ... 'The toll is heavy, at least 30 soldiers were killed'": a word on the
        // toll states the whole toll again
        restated |= deaths > 0 && TollCue.In(clause) && TollWord().IsMatch(clause);
        return new Casualties(deaths, high, claimed, anyKidnap ? kidnapped : null, respectively ? perPlace : [], selfKilled, restated);
    }

    private enum Kind { None, Death, Kidnap, Wounded }

    // cheap substring checks that spare the whole-clause patterns on clauses that cannot match them
    private static readonly System.Buffers.SearchValues<string> DeathCues = System.Buffers.SearchValues.Create(
        ["kill", "dead", "die", "lynch", "behead", "execut", "murder", "beat", "stab", "stone", "burn", "assassin", "KIA", "fatalit", "death"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> KidnapCues = System.Buffers.SearchValues.Create(
        ["abduct", "kidnap", "seiz", "hostage"], StringComparison.OrdinalIgnoreCase);

    private static readonly Cue WithWord = new("with");
    private static readonly Cue TollCue = new("toll");
    private static readonly Cue TollStated = new("toll", "fatalit");
    private static readonly Cue KillWord = new("kill");

    private static readonly System.Buffers.SearchValues<string> Respectively = System.Buffers.SearchValues.Create(["respectively"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> Neutralised = System.Buffers.SearchValues.Create(["neutrali"], StringComparison.OrdinalIgnoreCase);

    private static bool Has(ReadOnlySpan<char> text, System.Buffers.SearchValues<string> cues) => text.IndexOfAny(cues) >= 0;

    // the words some alternative of each pattern contains; see CuedPattern
    private static readonly CuedPattern DeathAfterCued = new(DeathAfter(), "kill", "dead", "die", "massacr", "execut", "murder", "slain", "lives", "perish", "neutrali", "fatalit", "death", "bodies", "corpse", "kia");
    private static readonly CuedPattern WoundedAfterCued = new(WoundedAfter(), "wounded", "injured", "hurt", "hospitali", "treated", "missing", "disappeared");
    private static readonly CuedPattern KidnapAfterCued = new(KidnapAfter(), "abducted", "kidnapped", "taken", "seized", "carried off", "missing");
    private static readonly CuedPattern DeathBeforeCued = new(DeathBefore(), "kill", "left", "leaving", "massacr", "execut", "shot", "shooting", "death toll", "lives of", "dead:", "lost", "losing", "neutrali", "beat", "beaten", "lynched", "murder", "deaths of", "death of", "fatalit", "bodies of", "corpses of");
    private static readonly CuedPattern BomberDiedCued = new(BomberDied(), "bomber", "attacker", "assailant", "self");
    private static readonly CuedPattern SingleDeathCued = new(SingleDeath(), "kill", "lynch", "behead", "execut", "shot", "shoot", "murder", "beat", "stabbed", "stoned", "burned", "assassinat", "died");
    private static readonly CuedPattern VagueDeathCued = new(VagueDeath(), "several", "some", "number of", "many");
    private static readonly CuedPattern OneOfThemDiedCued = new(OneOfThemDied(), "one of");
    private static readonly CuedPattern AdmitsCued = new(Admits(), "admit", "acknowledg", "conced");
    private static readonly CuedPattern WoundingVerbCued = new(WoundingVerb(), "wound", "injur");
    private static readonly CuedPattern EnemyNounCued = new(EnemyNoun(), "attacker", "assailant", "terrorist", "militant", "jihadist", "fighter", "insurgent", "rebel", "gunmen", "bandit", "enem");
    private static readonly CuedPattern KidnapBeforeCued = new(KidnapBefore(), "abduct", "kidnap", "carrying off", "carried off", "seiz", "hostage");

    private static Kind Classify(ReadOnlySpan<char> before, ReadOnlySpan<char> after, bool chainDeath, bool chainKidnap)
    {
        if (KillWord.In(before) && KilledRightBefore().IsMatch(before))
        {
            return Kind.Death; // "killed 2 gendarmes and wounded 1": the wounded word belongs to the next figure
        }
        if (before.EndsWith("of ", StringComparison.Ordinal) && BodiesOf().IsMatch(before))
        {
            return Kind.Death; // "the bodies of 7 civilians, who had been abducted days earlier, were found": dead, whatever befell them before
        }
        if (after.StartsWith(" of the", StringComparison.OrdinalIgnoreCase) && WoundedDied().IsMatch(after))
        {
            return Kind.Death; // "2 of the wounded later died": dead, though the word for the wounded comes first
        }
        // both patterns start at the figure; whichever word comes first ends its match first ("17 soldiers were wounded and several assailants were killed")
        var wounded = WoundedAfterCued.FirstEnd(after);
        var death = DeathAfterCued.FirstEnd(after);
        if (wounded >= 0 && (death < 0 || wounded < death))
        {
            return Kind.Wounded;
        }
        if (death >= 0)
        {
            return Kind.Death;
        }
        if (KidnapAfterCued.IsMatch(after))
        {
            return Kind.Kidnap;
        }
        if (DeathBeforeCued.IsMatch(before))
        {
            return Kind.Death;
        }
        if (KidnapBeforeCued.IsMatch(before))
        {
            return Kind.Kidnap;
        }
        if (ListJoin().IsMatch(before) && !NotPeople().IsMatch(after))
        {
            return chainDeath ? Kind.Death : chainKidnap ? Kind.Kidnap : Kind.None;
        }
        return Kind.None;
    }

    /// <summary>A toll named at the start and its figure at the end: "The (death) toll from ... has risen to", "... stands at".</summary>
    [GeneratedRegex(@"\b(?:death |human )?toll (?:from|of|in)\b[^.;]{0,140}?\b(?:has |have |had )?(?:risen|rose|climbed|increased|jumped|reached|stands at|stood at|now stands at)(?: to)?\s+(?:at least\s+|more than\s+|about\s+|some\s+|nearly\s+|over\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex TollRose();

    [GeneratedRegex(@"\bone of (?:whom|them|the \w+) (?:later )?(?:died|was killed|was shot dead|succumbed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OneOfThemDied();

    /// <summary>"9 soldiers KIA, several vehicles burned": things and spans of time after a figure do not continue a list of the dead.</summary>
    [GeneratedRegex(@"^\s*(?:vehicles?|trucks?|motorbikes?|motorcycles?|cars?|pick-?ups?|weapons?|rifles?|houses?|homes?|huts?|shops?|buildings?|cattle|head|animals?|camels?|goats?|sheep|km|kilometres?|kilometers?|miles?|hours?|days?|weeks?|months?|years?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotPeople();

    /// <summary>One more for a relative named with the person: "abducted a pastor and his son".</summary>
    private static int Relative(string clause, Match one) => RelativeAfter().IsMatch(clause.AsSpan(one.Index + one.Length)) ? 1 : 0;

    [GeneratedRegex(@"^(?:\s+of\s+(?:the\s+)?[\p{L}'’-]+(?:\s+(?:commune|village|town|district))?)?\s+and\s+(?:his|her)\s+(?:son|daughter|wife|husband|brother|sister|father|mother|nephew|niece|cousin|uncle|driver|bodyguard|assistant|deputy|companion|guide)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeAfter();

    /// <summary>
    /// A figure listed right after one person named alone: "killed a teacher and two pupils", "abducted
    /// the mayor of Boni (Boni, Douentza, Mopti) along with two of his councillors" (words that only
    /// join people may follow the person's place).
    /// </summary>
    private static bool ListedAfter(string clause, Match one, int countStart)
    {
        var end = one.Index + one.Length;
        if (!one.Success || end > countStart)
        {
            return false;
        }
        var gap = clause.AsSpan(end, countStart - end).Trim();
        return gap is "and" or "," || gap.Length <= 60 && gap.IndexOfAny(".;") < 0 && AlongWith().IsMatch(gap);
    }

    [GeneratedRegex(@"\b(?:is|was) (?:\w+ )?(?:killed|shot dead|executed|murdered|assassinated)\b[^.;]{0,80}?\b(?:along with|together with|alongside)\s+(?:at least\s+|about\s+|some\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex DiedAlongWith();

    [GeneratedRegex(@"(?:^|\s)(?:along with|together with)$", RegexOptions.IgnoreCase)]
    private static partial Regex AlongWith();

    /// <summary>
    /// Between two figures, a few words and "and" or a comma: "17 soldiers and 36 ...", "59 civilians, 15
    /// soldiers and 6 VDP", not "17 soldiers, said the army, and 36".
    /// </summary>
    private static bool LeadsList(string clause, int end, int nextStart)
    {
        var gap = clause.AsSpan(end, nextStart - end).TrimEnd();
        if (gap.Length > 40 || gap.IndexOfAny(".;") >= 0)
        {
            return false;
        }
        var comma = gap.IndexOf(',');
        return comma < 0 ? gap.EndsWith(" and", StringComparison.Ordinal) : comma == gap.Length - 1 && gap[..comma].Trim() is { Length: > 0 } word && word.IndexOf(' ') < 0;
    }

    private static bool ContinuesList(ReadOnlySpan<char> after) => !WoundingVerbCued.IsMatch(after.Length > 40 ? after[..40] : after);

    /// <summary>Enemy dead reported by one side: "the army said nine attackers were killed", "'neutralised' 14 terrorists".</summary>
    private static bool IsClaim(string clause, int countStart, ReadOnlySpan<char> after)
    {
        if (!EnemyNounCued.IsMatch(after))
        {
            return false;
        }
        var before = Window.Before(clause, countStart, 120);
        // "Several dozen attackers were also killed, it added": the attribution may follow the figure
        return ClaimVerb().IsMatch(before) || Has(after, Neutralised) || Has(before, Neutralised) || ClaimAfter().IsMatch(after);
    }

    [GeneratedRegex(@"^(?:\s*(?>[^\s.;,]+)){0,7}?(?:,\s*including\s[^,.;]{1,50},)?\s*\b(?:were |was |have been |had been |are |reportedly |being )?(?:killed|dead|died|die|shot dead|massacred|executed|murdered|slain|lost their lives|perished|neutrali[sz]ed|fatalities|deaths|bodies|corpses|KIA|to death)\b(?!\s+(?:the|a|an|his|her|their|its|\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens|some)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex DeathAfter();

    [GeneratedRegex(@"\b(?:bodies|corpses|remains) of\s+$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex BodiesOf();

    [GeneratedRegex(@"\b(?:killing|killed|kill|kills)\s+(?:(?:himself|herself|themselves)\s+and\s+)?(?:at least\s+|about\s+|some\s+|another\s+|a further\s+|more than\s+|over\s+|around\s+|nearly\s+|up to\s+)?['‘""“]?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex KilledRightBefore();

    /// <summary>ACLED's statement of a whole toll: "Fatalities were estimated at 200 to 400", "fatalities were later raised to 160".</summary>
    [GeneratedRegex(@"\bfatalities (?:were |was |are |is )?(?:later |initially |reportedly )?(?:estimated |put |reported |recorded |coded |raised |revised |set )?(?:at|as|to)\s+$|\b(?:put|puts|putting|placed|places|estimated|estimates|gave|give|gives) the (?:death )?toll at\s+(?:at least\s+|about\s+|some\s+|around\s+|nearly\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TollStatement();

    [GeneratedRegex(@"^[^.;]{0,40}?\b(?:were |was |have been |had been )?(?:wounded|injured|hurt|hospitali[sz]ed|treated|(?:(?:went|are|is|remain|remains|remained|still) )?missing|disappeared)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WoundedAfter();

    [GeneratedRegex(@"^[^.;]{0,40}?\b(?:were |was |have been |had been )(?:abducted|kidnapped|taken hostage|seized|carried off|taken away|missing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KidnapAfter();

    [GeneratedRegex(@"\b(?:killing|killed|kill|kills|left|leaving|massacred|massacring|executed|executing|shot dead|shooting dead|shot|death toll (?:of|rose to|stands at|at)|claimed the lives of|lives of|dead:|killed at least|lost|losing|neutrali[sz]ed|neutrali[sz]ing|beat to death|beaten to death|lynched|murdered|murdering|(?:resulting in |causing |led to )?the deaths? of|(?:the )?bodies of|(?:the )?corpses of|fatalities (?:were |was |are |is )?(?:later |initially |reportedly )?(?:estimated |put |reported |recorded |coded |raised |revised |set )?(?:at|as|to))[""”’']?\s+(?:at least\s+|about\s+|some\s+|another\s+|a further\s+|more than\s+|over\s+|around\s+|nearly\s+|the\s+|a total of\s+)?[""“]?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex DeathBefore();

    [GeneratedRegex(@"\b(?:abducted|abducting|abduct|kidnapped|kidnapping|kidnap|carrying off|carried off|seized|seizing|hostage)\s+(?:at least\s+|about\s+|some\s+|another\s+|more than\s+|over\s+|around\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex KidnapBefore();

    [GeneratedRegex(@"(?:\band|,|\bplus|\bas well as)\s+(?:another\s+|a further\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex ListJoin();

    [GeneratedRegex(@"^[^.;]{0,40}?\b(?:wounding|injuring|and wounded|and injured)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WoundingVerb();

    [GeneratedRegex(@"^\s*(?:[""“”]?\s*)?(?:more\s+|other\s+|suspected\s+|armed\s+|islamic\s+|jihadist\s+|enemy\s+|[""“])*(?:attackers|assailants|terrorists|militants|jihadists|fighters|insurgents|rebels|gunmen|bandits|enemies|enemy|assailant|terrorist|militant|of the attackers|of the assailants|of the terrorists|of the militants)", RegexOptions.IgnoreCase)]
    private static partial Regex EnemyNoun();

    [GeneratedRegex(@"\b(?:said|says|say|claimed|claims|claim|reported|reports|announced|according to (?:the )?(?:army|military|ministry|government|authorities)|statement|counted|stated|communiqu)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClaimVerb();

    [GeneratedRegex(@"\b(?:the|a|its|this|that) (?:(?:death|human|final|provisional|new|heavy|official) )?toll\b", RegexOptions.IgnoreCase)]
    private static partial Regex TollWord();

    [GeneratedRegex(@"\b(?:admit(?:s|ted)?|acknowledg(?:es|ed)|conced(?:es|ed))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Admits();

    [GeneratedRegex(@"^\s*of the (?:wounded|injured) (?:later |subsequently |have |had )?(?:died|succumbed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WoundedDied();

    [GeneratedRegex(@"^\s*(?:of them|of whom|among them|of the dead|among the dead|of the victims|of those killed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfThem();

    [GeneratedRegex(@"^[^.;]{0,50}?,\s*(?:it|they|the army|the military|the ministry|the defence ministry|the defense ministry|the statement|the government|officials)\s+(?:said|added|claimed|stated|reported)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClaimAfter();

    [GeneratedRegex(@"\b(?:killed|killing|kill) (?:several|some|a number of|many|an unknown number of|an unspecified number of|an undetermined number of|an undisclosed number of)\b|\b(?:several|many|a number of|an unknown number of) (?:\w+ )?(?:were |was )?(?:killed|dead)\b|\b(?:an? )?(?:unknown|unspecified|undetermined|undisclosed) number of (?:fatalities|deaths|dead)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VagueDeath();

    [GeneratedRegex(@"\b(?:killed|killing|kills?|lynched|lynching|beheaded|beheads?|executed|executing|executes?|shot dead|shooting dead|shoots? dead|murdered|murders?|beat(?:en)? to death|stabbed to death|stoned to death|burned alive)\s+(?:a|an|one)\s+(?:\w+\s+)?(?:man|woman|boy|girl|civilian|soldier|villager|herder|imam|teacher|chief|trader|farmer|official|gendarme|policeman|student|child|driver|person|resident|worker|journalist|suspect|youth|pastor|priest|marabout|mayor|councillor|officer|customs officer|police officer|guard|shepherd|miner|thief|robber|bandit|commander|militant|jihadist|fighter)\b|\b(?:killed|killing|kills?|shot dead|shooting dead|shoots? dead|beheaded|beheads?|executed|executes?|murdered|murders?|assassinated|assassinates?)\s+the\s+(?:village\s+)?(?:chief|imam|mayor|prefect|pastor|priest|head|leader|marabout|driver|commander|militant|jihadist)\b|\b(?:a|an|one)\s+(?:\w+\s+)?(?:man|woman|boy|girl|civilian|soldier|villager|herder|imam|teacher|chief|student|child|person|gendarme|policeman|protester|demonstrator|peacekeeper|guardsman|police officer|member|militiaman|volunteer|auxiliary|hunter|driver|trader|official|leader|commander|pastor|priest|mayor|councillor|officer)\s+(?:from\s+\w+\s+)?(?:was\s+)?(?:killed|shot dead|shot and killed|died|lynched|beheaded)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SingleDeath();

    [GeneratedRegex(@"\b(?:abduct|abducts|abducted|abducting|kidnap|kidnaps|kidnapped|kidnapping|seized|seize|seizes|took hostage)\s+(?:a|an|one|the)\s+(?:\w+\s+){0,2}?(?:man|woman|boy|girl|civilian|soldier|villager|herder|imam|teacher|chief|trader|farmer|official|councillor|councilor|mayor|prefect|journalist|worker|nurse|doctor|driver|student|pastor|priest|businessman|merchant|leader|tourist|national|citizen|engineer|contractor|missionary|miner|gold miner|shepherd|guide|catechist|pilot|aid worker|health worker)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SingleKidnap();

    [GeneratedRegex(@"\b(?:the (?:suicide )?(?:bomber|attacker|assailant) (?:was|died|were)|blew (?:himself|herself) up|blowing (?:himself|herself) up|killing (?:himself|herself)|killed (?:himself|herself)|bomber died|attacker died)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BomberDied();
}
