using System.Text.RegularExpressions;
using ConflictWatch.Core;
using ConflictWatch.Extraction.Actors;
using ConflictWatch.Extraction.Dating;
using ConflictWatch.Extraction.Places;
using ConflictWatch.Extraction.Segmentation;

namespace ConflictWatch.Extraction.Events;

/// <summary>
/// Walks a segmented document entry by entry and clause by clause: triggers open an event, the
/// clause's date, place and actors fill it, and follow-up clauses ("Seventeen soldiers died")
/// add to the event before them. Pronouns and definite descriptions ("they", "the attackers",
/// "the town") refer back within the entry.
/// </summary>
public sealed partial class EventDetector : IEventDetector
{
    private readonly TriggerFinder triggers = new();
    private readonly IActorFinder actors = new ActorFinder(ActorRegistry.Shared);
    private readonly IPlaceFinder places;
    private readonly LocationResolver resolver = new();
    private readonly IDateFinder dates = new DateFinder();
    private readonly CasualtyReader casualties = new();
    private readonly EventClassifier classifier = new();

    public EventDetector(IGazetteer gazetteer) => places = new PlaceFinder(gazetteer);

    /// <param name="aggregates">start offsets of sentences that state aggregate figures (claims), which are not events.</param>
    public IReadOnlyList<EventDraft> Detect(SegmentedDocument doc, DateOnly published, DocumentContext context, IReadOnlySet<int> aggregates)
    {
        var drafts = new List<EventDraft>();
        foreach (var entry in doc.Entries)
        {
            DetectEntry(doc.Text, entry, published, context, aggregates, drafts);
        }
        return drafts;
    }

    private void DetectEntry(string text, Entry entry, DateOnly published, DocumentContext context, IReadOnlySet<int> aggregates, List<EventDraft> drafts)
    {
        var reference = entry.Date ?? published;
        var state = new EntryState(context.Countries(entry.Start, entry.End), drafts.Count, drafts.Count > 0 ? drafts[^1].Location : null);
        foreach (var sentence in entry.Sentences)
        {
            if (aggregates.Contains(sentence.Start) || IsHeadline(text, sentence))
            {
                continue;
            }
            var sentencePlaces = new List<PlaceMention>();
            foreach (var (start, clauseText) in ClauseSplitter.Split(sentence.Text))
            {
                DetectClause(entry, sentence, clauseText, sentence.Text[(start + clauseText.Length)..], reference, state, sentencePlaces, drafts);
            }
        }
        if (entry.Date is null)
        {
            FoldUndated(drafts, state.FirstDraft);
        }
    }

    /// <param name="hint">the last place of the entries before: it breaks ties between namesakes, but is never an event's location.</param>
    private sealed class EntryState(IReadOnlySet<string> countries, int firstDraft, ResolvedLocation? hint)
    {
        public IReadOnlySet<string> Countries { get; } = countries;
        public int FirstDraft { get; } = firstDraft;
        public int? Previous { get; set; }
        public Party? LastNamed { get; set; }

        /// <summary>The sentence <see cref="LastNamed"/> was read from.</summary>
        public Sentence? LastNamedIn { get; set; }
        public ResolvedLocation? LastLocation { get; set; }

        public ResolvedLocation? Hint { get; } = hint;
    }

    /// <param name="rest">the sentence after the clause, whose places a clause without one may take.</param>
    private void DetectClause(Entry entry, Sentence sentence, string clause, string rest, DateOnly reference, EntryState state, List<PlaceMention> sentencePlaces, List<EventDraft> drafts)
    {
        var dateline = MayBeDateline(clause) ? Dateline().Match(clause) : Match.Empty;
        if (dateline.Success)
        {
            // "NIAMEY, March 4 (Wire) -": the report's place and day, not the event's
            clause = new string(' ', dateline.Length) + clause[dateline.Length..];
        }
        var found = triggers.Find(clause);
        if (found.Count > 0 && NoCasualtiesCued.IsMatch(clause))
        {
            found = found.Where(t => t.Frame != Frame.Kill).ToList(); // "but killed no one"
        }
        if (found.Count > 1 && found.Any(t => t.Frame == Frame.Agreement))
        {
            // "JNIM released 3 civilians it had abducted in April": the release is the news, the abduction its past
            found = found.Where(t => t.Frame == Frame.Agreement || !EarlierDeed().IsMatch(Window.Before(clause, t.Start, 30))).ToList();
        }
        var previousDraft = state.Previous is { } p0 && p0 < drafts.Count ? drafts[p0] : null;
        if (found.Count == 0 && previousDraft is { Location.GeoPrecision: >= 3 })
        {
            // "... in the Mopti region. The gunmen arrived in Djiguibombo late on Saturday": the detail places it
            Refine(entry, sentence, state, drafts, places.Find(clause, static (_, _) => false).Where(p => p.Relation != PlaceRelation.Context).ToList(), clause, null, reference);
        }
        if (previousDraft is { TimePrecision: >= 2 } && TheEventAgain().IsMatch(clause) && FinerDay(dates.Find(clause, reference), previousDraft) is { } finer)
        {
            // "... in Moura in March 2022. The killings occurred over several days beginning on March 27": the day within the month
            drafts[state.Previous!.Value] = previousDraft with { Date = finer.Date, TimePrecision = finer.Precision };
        }
        if (found.Count == 0 && (previousDraft is null || !clause.AsSpan().ContainsAnyInRange('0', '9') && !NumberWordCued.IsMatch(clause) && !clause.Contains("claimed", StringComparison.Ordinal) && !AttributionCued.IsMatch(clause)))
        {
            return; // nothing opens an event and no figure can add to the one before
        }
        IReadOnlyList<DateMention>? clauseDates = null; // found when first needed
        var mentions = SharedNoun(clause, MergeAdjacent(clause, actors.Find(clause)));
        foreach (var m in mentions)
        {
            if (m.Role == ActorRole.Named)
            {
                state.LastNamed = Party.From(m);
                state.LastNamedIn = sentence;
            }
        }
        var placeMentions = places.Find(clause, (s, e) => OverlapsNamed(mentions, s, e));
        sentencePlaces.AddRange(placeMentions);
        var located = new List<PlaceMention>(placeMentions.Count);
        foreach (var p in placeMentions)
        {
            if (p.Relation != PlaceRelation.Context && !IsDestination(clause, p.Start))
            {
                located.Add(p);
            }
        }
        if (located.Count > 1 && located.Any(p => !IsOrigin(clause, p.Start)))
        {
            // "a gendarmerie patrol from Torodi hit an IED near Tanwalbougou": where the patrol came from is not where it was hit
            located.RemoveAll(p => IsOrigin(clause, p.Start));
        }
        var suicide = found.Any(t => t.Frame == Frame.Suicide);
        var toll = casualties.Read(clause, suicide);
        var previous = state.Previous is { } pi && pi < drafts.Count ? drafts[pi] : null;
        var capital = located.Count == 0 && TheCapitalCued.IsMatch(clause);

        if (previous is not null && mentions.FirstOrDefault(m => m.Role == ActorRole.Named) is { } claimant && (Responsibility().IsMatch(clause) || AttributionCued.IsMatch(clause)))
        {
            // "JNIM claimed the attack": the unidentified perpetrator gets a name
            if (previous.Kind.Actor1.Role == ActorRole.Armed)
            {
                drafts[state.Previous!.Value] = previous with { Kind = previous.Kind with { Actor1 = Party.From(claimant) } };
            }
            return;
        }
        if (found.Count == 0)
        {
            if (previous is not null && toll.Any && located.Count == 0 && !IsAggregate(clause) && !PicturedCued.IsMatch(clause))
            {
                drafts[state.Previous!.Value] = previous with { Casualties = previous.Casualties.Plus(toll) };
            }
            return;
        }
        // the clause's dates, which nearly every clause that gets here needs further on, are read first:
        // a clause with a day of its own is never background, and is spared the walk for background words
        if (!HasDayDate(clauseDates ??= dates.Find(clause, reference)) && (IsBackground(clause) || RunningTollCued.IsMatch(clause) || ForecastCued.IsMatch(clause)))
        {
            return;
        }
        if (previous is not null && located.Count == 0 && IsAggregate(clause))
        {
            return; // "Thousands have been killed and two million displaced": the war's toll, not this event's
        }
        if (previous is not null && located.Count == 0 && !capital && !HasOwnDate(clauseDates ??= dates.Find(clause, reference), previous) && UnknownVillage(clause, placeMentions) is null)
        {
            // no place of its own: more about the event before it ("Police fired tear gas to disperse them")
            var upgraded = previous.Kind;
            if (found.Any(t => t.Frame == Frame.Teargas) && upgraded.EventType == EventTypes.Protests && upgraded.SubEventType == "Peaceful protest")
            {
                upgraded = upgraded with { SubEventType = "Protest with intervention", Actor2 = Party.Default(ActorRole.Police) };
            }
            else if (toll.Deaths > 0 && upgraded.EventType == EventTypes.Protests && upgraded.SubEventType != "Excessive force against protesters"
                && FiredOnCrowd().IsMatch(clause) && mentions.FirstOrDefault(m => m.Role is ActorRole.State or ActorRole.Police) is { } shooters && !IsVictimUnlessBy(clause, shooters))
            {
                // "residents protested ... Security forces fired live ammunition, killing 1 protester": the protest met lethal force
                upgraded = upgraded with { SubEventType = "Excessive force against protesters", Actor1 = Party.From(shooters), Actor2 = upgraded.Actor1 };
            }
            else if (found.Any(t => t.Frame == Frame.Abduct) && toll.Deaths == 0 && previous.Casualties.Deaths == 0 && upgraded.SubEventType == "Attack"
                && upgraded.EventType == EventTypes.ViolenceAgainstCivilians)
            {
                // "a vehicle was stopped by armed men near Ouallam; the driver was abducted": what the attack was
                upgraded = upgraded with { SubEventType = "Abduction/forced disappearance", Primary = Frame.Abduct };
            }
            else if (toll.Deaths > 0 && previous.Casualties.Deaths == 0 && previous.Casualties.DeathsHigh == 0
                && upgraded.EventType is EventTypes.ViolenceAgainstCivilians or EventTypes.Explosions && upgraded.Actor2?.Role == ActorRole.Civilian
                && (upgraded.EventType == EventTypes.Explosions || upgraded.SubEventType == "Attack")
                && mentions.FirstOrDefault(m => m.Role is ActorRole.State or ActorRole.Police && IsVictimUnlessBy(clause, m)) is { } forces
                && !mentions.Any(m => m.Role == ActorRole.Civilian && IsVictimUnlessBy(clause, m)))
            {
                // "militants attacked Karma. 1 soldier was killed.": the only dead were forces, so it was a battle;
                // "an IED exploded on the road. 2 soldiers were killed.": the explosion hit the forces
                upgraded = upgraded.EventType == EventTypes.Explosions
                    ? upgraded with { Actor2 = Party.From(forces) }
                    : upgraded with { EventType = EventTypes.Battles, SubEventType = "Armed clash", Actor2 = Party.From(forces), Primary = Frame.Attack };
            }
            else if (toll.Deaths > 0 && upgraded.SubEventType == "Looting/property destruction")
            {
                // "burned part of a hamlet; two residents died in the fire": people died, so it was an attack on them
                upgraded = upgraded with { EventType = EventTypes.ViolenceAgainstCivilians, SubEventType = "Attack", Actor2 = Party.Default(ActorRole.Civilian), Primary = Frame.Attack };
            }
            else if (upgraded.SubEventType == "Non-violent transfer of territory" && upgraded.Actor1.Role.IsStateSide()
                && found.Any(t => t.Frame is Frame.Transfer or Frame.Seize) && mentions.FirstOrDefault(m => m.Role is ActorRole.Named or ActorRole.Armed) is { } taker)
            {
                // "The army abandons its post at Bamba; CSP fighters move into the village": who gains the ground is actor 1
                upgraded = upgraded with { Actor1 = Party.From(taker), Actor2 = null };
            }
            else if (found.Any(t => t.Frame == Frame.Teargas) && upgraded.EventType == EventTypes.Riots && upgraded.Actor2 is null)
            {
                upgraded = upgraded with { Actor2 = Party.Default(ActorRole.Police) }; // "Police used tear gas": the rioters met the police
            }
            drafts[state.Previous!.Value] = previous with { Casualties = previous.Casualties.Plus(toll), Kind = upgraded };
            Refine(entry, sentence, state, drafts, sentencePlaces.Where(p => p.Relation != PlaceRelation.Context).ToList(), clause, clauseDates, reference);
            return;
        }
        var frames = 0UL; // a bit per frame found
        foreach (var t in found)
        {
            frames |= Bit(t.Frame);
        }
        if (state.LastNamedIn != sentence && PossessiveCued.IsMatch(clause))
        {
            // the group named last may sit in a sentence that reported nothing and so was not read for actors
            // ("ISGS is seeking to seize control of all roads. Three days later its fighters killed ...")
            state.LastNamed = EarlierNamed(entry, sentence) ?? state.LastNamed;
        }
        var (agent, patient, allies1, allies2) = Roles(clause, found, mentions, state);
        var onlyDeaths = (frames & ~Bit(Frame.Kill)) == 0;
        if (previous is not null && onlyDeaths && located.Count == 0 && (agent is null || IsReportedSpeech(clause) || agent.Role == previous.Kind.Actor1.Role)
            && UnknownVillage(clause, placeMentions) is null && !OtherDay(clauseDates ??= dates.Find(clause, reference), previous))
        {
            drafts[state.Previous!.Value] = previous with { Casualties = previous.Casualties.Plus(toll) };
            return;
        }

        // "... hit an explosive device and then came under fire near Tera on Monday": the day comes later too
        // (only when the rest tells no happening of its own, whose day it would be)
        clauseDates ??= dates.Find(clause, reference);
        var (dateText, dateMentions) = clauseDates.Count == 0 && rest.Length > 0 && dates.Find(rest, reference) is { Count: > 0 } later && triggers.Find(rest).Count == 0
            ? (rest, later)
            : (clause, clauseDates);
        var when = EventDate(dateText, dateMentions, reference, entry, previous, announcement: (frames & Bit(Frame.Change)) != 0);
        if (when is null)
        {
            return;
        }
        var kind = classifier.Classify(found, agent, patient, clause, toll);
        if (kind is null)
        {
            return;
        }
        var locations = capital && CapitalOf(state) is { } cap ? [cap] : Locations(clause, rest, located, placeMentions, sentencePlaces, state, toll);
        if (locations.Count == 0 || kind.SubEventType == "Agreement" && !when.Value.Explicit && entry.Date is null && locations.All(l => l.GeoPrecision >= 3))
        {
            // "the junta has signed defence pacts with Mali and Burkina Faso": an accord with neither day nor
            // place is the background of a relationship, not the signing
            return;
        }
        if (kind.SubEventType == "Headquarters or base established" && located.Count == 0)
        {
            return; // "the government has deployed additional troops to the area": a base is somewhere the text names
        }
        if (Retold(entry, sentence, state, drafts, kind, when.Value, locations, toll, TheEventAgain().IsMatch(clause)))
        {
            return;
        }
        if ((frames & ~(Bit(Frame.Loot) | Bit(Frame.Kill))) == 0 && drafts.Skip(state.FirstDraft).Any(d => d.Date == when.Value.Date && d.Location.Place is { } pp && pp == locations[0].Place))
        {
            return; // burning and looting during an attack are part of it
        }
        for (var i = 0; i < locations.Count; i++)
        {
            var share = toll;
            if (locations.Count > 1)
            {
                var n = toll.PerPlace.Count == locations.Count ? toll.PerPlace[i] : i == 0 ? toll.Deaths : 0;
                share = toll with { Deaths = n, DeathsHigh = n, Claimed = i == 0 ? toll.Claimed : 0, Kidnapped = i == 0 ? toll.Kidnapped : null };
            }
            drafts.Add(new EventDraft(entry.Index, sentence, when.Value.Date, when.Value.Precision, kind, locations[i], share, when.Value.Explicit)
            {
                Assoc1 = ReferenceEquals(kind.Actor1, agent) ? allies1 : ReferenceEquals(kind.Actor1, patient) ? allies2 : [],
                Assoc2 = ReferenceEquals(kind.Actor2, patient) ? allies2 : ReferenceEquals(kind.Actor2, agent) ? allies1 : [],
            });
            state.Previous = drafts.Count - 1;
        }
        state.LastLocation = locations[0];
    }

    private static ulong Bit(Frame frame) => 1UL << (int)frame;

    /// <summary>Whether characters <paramref name="start"/> to <paramref name="end"/> overlap a named actor (the place finder asks this of every candidate name, so no closure per question).</summary>
    private static bool OverlapsNamed(List<ActorMention> mentions, int start, int end)
    {
        foreach (var m in mentions)
        {
            if (m.Role == ActorRole.Named && start < m.End && end > m.Start)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A headline or subheading: a whole line without closing punctuation. Its event is told again in the body.</summary>
    private static bool IsHeadline(string text, Sentence s)
    {
        var last = s.Text[^1];
        if (last is '.' or '!' or '?' or '"' or '”' or ')' or ']' or '’')
        {
            return false;
        }
        var lineStart = text.LastIndexOf('\n', Math.Max(0, s.Start - 1)) is var nl && text[(nl + 1)..s.Start].Trim(' ', '•', '-', '*', '–', '·').Length == 0;
        var lineEnd = s.End >= text.Length || text[s.End] == '\n';
        // a headline is followed by the body that tells it again; a line with nothing after it is the report
        // itself ("IED blast on Gao-Ansongo road kills 3 soldiers", a feed item or a one-line alert)
        var bodyFollows = s.End < text.Length && !text.AsSpan(s.End).IsWhiteSpace();
        return lineStart && lineEnd && bodyFollows && s.Text.Split(' ').Length < 25;
    }

    /// <summary>The event's date: the clause's own date expression, else the entry's, else the publication's.</summary>
    /// <param name="announcement">an announcement happens when it is said: "announced on 1 September" dates the event.</param>
    private static (DateOnly Date, int Precision, bool Explicit)? EventDate(string clause, IReadOnlyList<DateMention> found, DateOnly reference, Entry entry, EventDraft? previous, bool announcement = false)
    {
        var coarseOnly = false;
        var sinceOnly = false;
        DateMention? reported = null;
        foreach (var d in found)
        {
            var before = Window.Before(clause, d.Start, 8);
            // ("the toll from Sunday's attack": a day in the possessive dates the event it names, whatever comes before)
            if ((SinceOrUntil().IsMatch(before) || OpensWithBound(clause.AsSpan(d.Start, d.End - d.Start)))
                && !(before.EndsWith("from ", StringComparison.OrdinalIgnoreCase) && Possessive(clause, d.End)))
            {
                sinceOnly = true;
                continue;
            }
            if (d.Kind == DateKind.Reporting && !announcement)
            {
                reported ??= d.Precision == 1 && d.Date <= reference && d.Date >= reference.AddDays(-31) ? d : null;
                continue;
            }
            if (d.Kind == DateKind.AfterPrevious)
            {
                return previous is null ? null : (previous.Date.AddDays(d.OffsetDays), previous.TimePrecision, true);
            }
            if (d.Precision == 4)
            {
                // "seized in 2016" is background; "one of the deadliest attacks this year" dates nothing
                coarseOnly |= d.Date.Year < reference.Year;
                continue;
            }
            if (d.Date > reference.AddDays(1))
            {
                continue;
            }
            if (d.Precision == 1 && clause.AsSpan(0, d.Start).TrimEnd().EndsWith("week of", StringComparison.OrdinalIgnoreCase))
            {
                return (d.Date.AddDays(3), 2, true); // ACLED's "During the week of 2 May 2022": a day inside that week
            }
            return (d.Date, d.Precision, true);
        }
        if (coarseOnly || sinceOnly && !RelativeClause().IsMatch(clause))
        {
            return null; // "seized in 2016": background, not an event
        }
        if (previous is not null && previous.ExplicitDate && SameTimeCued.IsMatch(clause))
        {
            return (previous.Date, previous.TimePrecision, true); // "Simultaneously, militants targeted a camp in Bourem"
        }
        if (reported is not null && entry.Date is null)
        {
            // "Gunmen killed 100 people, the government said on Saturday": the day it was told, a closer bound
            // than the publication's, which a later sentence's own day still overrules (up to a month before
            // publication, as an analysis looks back on "the junta claimed on June 25 ..."; a speaker's day
            // months before it is an old quote, not the event's day)
            return (reported.Date, 1, false);
        }
        return (reference, entry.Date is null ? 1 : entry.DatePrecision, false);
    }

    /// <summary>Who acts and who is acted on: "by X" after a trigger is the agent; victims are those killed, wounded or taken.</summary>
    private static (Party? Agent, Party? Patient, IReadOnlyList<Party> Allies1, IReadOnlyList<Party> Allies2) Roles(string clause, IReadOnlyList<Trigger> found, IReadOnlyList<ActorMention> mentions, EntryState state)
    {
        if (mentions.Count == 0)
        {
            return (Coreferent(clause, state), null, [], []);
        }
        // each mention's tests are pure and asked for more than once: made once here ("by" before it,
        // victim) or when first asked (speaker)
        var byBefore = new bool[mentions.Count];
        var victims = new List<ActorMention>();
        for (var k = 0; k < mentions.Count; k++)
        {
            byBefore[k] = ByBeforeCued.IsMatch(Window.Before(clause, mentions[k].Start, 30));
            if (!byBefore[k] && IsVictimUnlessBy(clause, mentions[k]))
            {
                victims.Add(mentions[k]);
            }
        }
        var speaker = new sbyte[mentions.Count]; // 0 not asked yet, 1 no, 2 yes
        bool Speaker(ActorMention m)
        {
            var k = 0;
            while (!ReferenceEquals(mentions[k], m))
            {
                k++;
            }
            if (speaker[k] == 0)
            {
                speaker[k] = IsSpeaker(clause, m) ? (sbyte)2 : (sbyte)1;
            }
            return speaker[k] == 2;
        }
        ExtendVictimLists(clause, mentions, victims);
        ActorMention? by = null;
        for (var k = 0; k < mentions.Count && by is null; k++)
        {
            by = byBefore[k] && !victims.Contains(mentions[k]) ? mentions[k] : null;
        }
        // "the army announced that it had arrested ...": what was announced is the happening, not the announcement
        var primary = found.FirstOrDefault(t => t.Frame != Frame.Kill && !AnnouncesAnother(t, found)) ?? found[0];
        ActorMention? agent = by;
        // "a MINUSMA convoy was attacked (by gunmen)", "came under fire": the subject of a passive trigger is
        // what was hit (the killed are victims already, see IsVictimUnlessBy)
        var passiveSubject = primary.Frame != Frame.Kill && (PassiveBefore().IsMatch(Window.Before(clause, primary.Start, 30)) || primary.Text.Contains(" under ", StringComparison.OrdinalIgnoreCase))
            ? mentions.LastOrDefault(m => m.End <= primary.Start && m != by && !Speaker(m))
            : null;
        if (agent is null && primary.Frame == Frame.Clash && BetweenLength(clause, primary.End) is int between
            && mentions.Where(m => m.Start >= primary.End + between && !BackedBy().IsMatch(Window.Before(clause, m.Start, 25))).Take(2).ToList() is [var first, var second]
            && (first.Role != second.Role || first.Actor != second.Actor || first.Role == ActorRole.Civilian && !first.Text.Equals(second.Text, StringComparison.OrdinalIgnoreCase)))
        {
            // (after "erupted on 1 October between"; an ally "backed by" the first is not the second side; "a clash
            // between Fulani herders and Bambara farmers" has two sides though both are civilians)
            agent = first; // "clashes between suspected JNIM and ISGS militants": the two sides follow the trigger
            passiveSubject = second;
        }
        if (passiveSubject is null && by is null && primary.Frame is Frame.Attack && primary.Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            && !mentions.Any(m => m.Start >= primary.End && !victims.Contains(m))
            && mentions.LastOrDefault(m => m.End <= primary.Start) is { Role: ActorRole.State or ActorRole.Police } unit && UnitNoun().IsMatch(unit.Text)
            && clause.AsSpan(unit.End, primary.Start - unit.End).IsWhiteSpace())
        {
            passiveSubject = unit; // timeline style: "Malian army convoy ambushed near Anefis"
        }
        if (agent is null && passiveSubject is null)
        {
            // "The authorities have cracked down on critics: police in Niamey arrested ...": the colon starts the report
            var colon = Math.Max(clause.LastIndexOf(": ", primary.Start, StringComparison.Ordinal), RelativeStart(clause, primary.Start));
            agent = mentions.FirstOrDefault(m => m.Start < primary.Start && m.Start > colon && !victims.Contains(m) && !Speaker(m));
            if (agent is { Role: ActorRole.Armed } or { Role: ActorRole.Named, Inter: 2 } && SelfReportCued.Match(clause) is { Success: true } told && told.Index < agent.Start
                && mentions.LastOrDefault(m => m.End <= told.Index && Speaker(m) && m.Role is ActorRole.State or ActorRole.Police) is { } reporter)
            {
                // "Niger: army says 30 terrorists neutralised near Tillia": the figure is the speaker's own action
                passiveSubject = agent;
                agent = reporter;
            }
            if (agent is null && mentions.FirstOrDefault(m => m.End <= primary.Start && ClaimsAttackCued.IsMatch(Window.After(clause, m.End, 40))) is { } claimant)
            {
                agent = claimant; // "JNIM claims a rocket attack on the military camp"
            }
            if (agent is null && SelfReportCued.Match(clause) is { Success: true } said && said.Index < primary.Start)
            {
                // "the army said on Monday it had killed 100 terrorists": the speaker reports its own action
                agent = mentions.LastOrDefault(m => m.End <= said.Index && Speaker(m) && m.Role is ActorRole.State or ActorRole.Police or ActorRole.Named);
            }
            agent ??= mentions.FirstOrDefault(m => !victims.Contains(m) && !Speaker(m) && m.Role != ActorRole.Civilian && m.Start < primary.End + 5);
        }
        var patient = passiveSubject ?? ClashPartner(clause, primary, mentions, agent) ?? victims.FirstOrDefault(v => v != agent && !(v.Actor is not null && v.Actor == agent?.Actor)) ?? mentions.FirstOrDefault(m => m != agent && m.Start > (agent?.Start ?? -1) && !Speaker(m) && m.Start >= primary.Start && !(m.Start < primary.End && primary.Frame == Frame.Air) && !OwnFighters(agent, m));
        if ((patient is null || patient.Role == ActorRole.Civilian) && ArmedObject().Match(clause, Math.Min(clause.Length, primary.End)) is { Success: true } armed && armed.Index - primary.End < 4)
        {
            // "attacked a military base and a camp for displaced people": the base makes it a battle
            var role = armed.Groups["police"].Success ? ActorRole.Police : ActorRole.State;
            patient = new ActorMention(armed.Index, armed.Index + armed.Length, armed.Value, role, null, role == ActorRole.Police ? "Police Forces of {country}" : "Military Forces of {country}", 1, null);
        }
        if (patient is { Role: ActorRole.Armed } && mentions.FirstOrDefault(m => m.Role == ActorRole.Named && m != agent && (m.Actor is null || m.Actor != agent?.Actor) && m.Start > primary.Start) is { } namedTarget)
        {
            patient = namedTarget; // "struck a JNIM camp, killing 12 militants": the militants are JNIM's
        }
        if (patient is { Role: ActorRole.Armed } && victims.Contains(patient) && agent is { Role: ActorRole.Named or ActorRole.Armed }
            && mentions.FirstOrDefault(m => m != agent && m.Role is ActorRole.State or ActorRole.Police && !Speaker(m)) is { } defenders)
        {
            patient = defenders; // "guardsmen repelled an attack by ISGS, killing 7 attackers": the dead attackers are ISGS's own
        }
        agent ??= found.Any(t => t.Frame == Frame.Change) ? mentions.FirstOrDefault(m => m.Role == ActorRole.Named) : null;
        Party? agentParty = agent is null ? Coreferent(clause, state) : Party.From(agent);
        if (agent is not null && agent.Role == ActorRole.Armed && (Definite(agent.Text) || Definite(PrecedingWord(clause, agent.Start))) && state.LastNamed is { } named)
        {
            agentParty = named;
        }
        if ((agent is null || agent.Role == ActorRole.Civilian) && OwnMenCued.Match(clause) is { Success: true } own && own.Index < primary.Start
            && (agent is null || agent.Start >= own.Index && agent.End <= own.Index + own.Length))
        {
            // "JNIM said its men overran a post", "the group said its men ...": the men are the speaker's or the group's
            agentParty = mentions.LastOrDefault(m => m.End <= own.Index && m.Role is ActorRole.Named or ActorRole.State or ActorRole.Police or ActorRole.Armed) is { } owner
                ? Party.From(owner) : state.LastNamed ?? agentParty;
        }
        return (agentParty, patient is null ? null : Party.From(patient), Allies(clause, mentions, agent, victims), Allies(clause, mentions, patient, []));
    }

    /// <summary>
    /// The parties on one side with its main actor: "soldiers and VDP fighters", "FAMa, supported by
    /// Wagner Group", "FAMa and Russian troops" (ACLED's assoc_actor fields).
    /// </summary>
    private static IReadOnlyList<Party> Allies(string clause, IReadOnlyList<ActorMention> mentions, ActorMention? main, List<ActorMention> exclude)
    {
        if (main is null)
        {
            return [];
        }
        var allies = new List<Party>();
        var last = main;
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Start <= main.End)
            {
                continue;
            }
            if (exclude.Contains(m) || !AllyJoin().IsMatch(clause.AsSpan(last.End, m.Start - last.End)))
            {
                break;
            }
            if (m.Role is ActorRole.Named or ActorRole.State or ActorRole.Police && (m.Role != main.Role || m.Actor != main.Actor))
            {
                allies.Add(Party.From(m));
            }
            last = m;
        }
        return allies;
    }

    private static Party? Coreferent(string clause, EntryState state) =>
        state.LastNamed is { } named && PronounCued.IsMatch(clause) ? named : null;

    private static string PrecedingWord(string clause, int start)
    {
        var before = clause[..start].TrimEnd();
        var space = before.LastIndexOf(' ');
        return before[(space + 1)..] + " ";
    }

    private static bool Definite(string text) => text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("its ", StringComparison.OrdinalIgnoreCase);

    /// <summary>Killed, wounded or taken; the caller has checked that no "by" stands before it ("killed by JNIM fighters": the agent of a passive).</summary>
    private static bool IsVictimUnlessBy(string clause, ActorMention m) =>
        VictimAfterCued.IsMatch(Window.After(clause, m.End, 45)) || VictimBeforeCued.IsMatch(Window.Before(clause, m.Start, 30));

    // the words some alternative of each pattern contains; see CuedPattern
    private static readonly CuedPattern TheCapitalCued = new(TheCapital(), "capital");
    private static readonly CuedPattern NumberWordCued = new(NumberWord(), "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "dozen", "several", "tens", "scores");
    private static readonly CuedPattern NoCasualtiesCued = new(NoCasualties(), "no one", "nobody", "none", "no body", "no casualties", "no fatalities", "no deaths", "without");
    private static readonly CuedPattern ByBeforeCued = new(ByBefore(), "by", "from", "blamed on", "attributed to");
    private static readonly CuedPattern VictimAfterCued = new(VictimAfter(), "killed", "wounded", "injured", "abducted", "kidnapped", "raped", "executed", "massacred", "taken", "seized", "detained", "arrested", "hurt", "shot", "beheaded", "murdered", "died", "dead", "lost their lives", "perished");
    private static readonly CuedPattern VictimBeforeCued = new(VictimBefore(), "kill", "abduct", "kidnap", "execut", "massacred", "raped", "arrested", "detained", "wounding", "injuring", "neutrali");

    private static bool IsSpeaker(string clause, ActorMention m)
    {
        return SpeakerAfter().IsMatch(Window.After(clause, m.End, 25)) || Window.Before(clause, m.Start, 16).IndexOfAny(AccordingTo) >= 0;
    }

    private static bool IsReportedSpeech(string clause) => SpeakerAfter().IsMatch(clause) || clause.Contains(" said ", StringComparison.Ordinal);

    private static bool IsDestination(string clause, int start) => DestinationCued.IsMatch(Window.Before(clause, start, 30));

    private static readonly CuedPattern PicturedCued = new(Pictured(), "photo", "image", "video", "footage", "picture");
    private static readonly CuedPattern SameTimeCued = new(SameTime(), "simultaneous", "same", "meanwhile", "that day", "shortly", "later", "that night");
    private static readonly CuedPattern PronounCued = new(Pronoun(), "they", "the group", "its fighters", "its men", "the same group", "the militants", "the attackers", "the assailants", "the jihadists", "the fighters", "the gunmen");

    /// <summary>Whether a date expression begins with "since", "until" or "by": its first word, lower-cased on the stack.</summary>
    private static bool OpensWithBound(ReadOnlySpan<char> date)
    {
        var space = date.IndexOf(' ');
        var first = space < 0 ? date : date[..space];
        Span<char> lower = stackalloc char[5];
        return first.Length <= lower.Length && lower[..first.ToLowerInvariant(lower)] is "since" or "until" or "by";
    }

    private static readonly CuedPattern DestinationCued = new(Destination(), "fled", "flee", "moved", "taken", "evacuated", "flown", "transferred", "refuge", "returning", "headed", "heading", "bound", "travel", "escaped");

    /// <summary>
    /// What every <see cref="Dateline"/> begins with: after any spaces, a capital and two more capitals
    /// (or apostrophes, spaces, hyphens). Most clauses begin otherwise and are spared the pattern.
    /// </summary>
    private static bool MayBeDateline(string clause)
    {
        var i = 0;
        while (i < clause.Length && char.IsWhiteSpace(clause[i]))
        {
            i++;
        }
        return i + 2 < clause.Length && char.IsAsciiLetterUpper(clause[i]) && InDateline(clause[i + 1]) && InDateline(clause[i + 2]);

        static bool InDateline(char c) => char.IsAsciiLetterUpper(c) || c is '\'' or '’' or ' ' or '-';
    }

    private static readonly System.Buffers.SearchValues<string> AccordingTo = System.Buffers.SearchValues.Create(["according to"], StringComparison.OrdinalIgnoreCase);

    private static bool HasDayDate(IReadOnlyList<DateMention> found) => found.Any(d => d.Precision == 1 && d.Kind != DateKind.Reporting);

    /// <summary>"JNIM Islamic terrorists", "ISGS (Islamic State in Greater Sahara)": one actor, not two.</summary>
    private static List<ActorMention> MergeAdjacent(string clause, IReadOnlyList<ActorMention> mentions)
    {
        var result = new List<ActorMention>();
        foreach (var m in mentions)
        {
            if (result.Count > 0)
            {
                var last = result[^1];
                var gap = clause.AsSpan(last.End, m.Start - last.End);
                var adjacent = gap.Length <= 2 || gap.Contains('(') && ParenGap().IsMatch(gap) || BelongsTo().IsMatch(gap); // a bracket is what ParenGap looks for
                // "JNIM fighters", "a MINUSMA convoy", "Wagner troops": the words after a name are its own men
                if (adjacent && last.Role == ActorRole.Named && m.Role is ActorRole.Armed or ActorRole.Named or ActorRole.State or ActorRole.Police)
                {
                    result[^1] = last with { End = m.End };
                    continue;
                }
                if (adjacent && m.Role == ActorRole.Named && last.Role == ActorRole.Armed)
                {
                    result[^1] = m with { Start = last.Start };
                    continue;
                }
                if (m.Role == ActorRole.Civilian && last.Role == ActorRole.State && gap.Trim() is "of" && last.Text.EndsWith("convoy", StringComparison.OrdinalIgnoreCase))
                {
                    result[^1] = m with { Start = last.Start }; // "a convoy of traders" carries civilians, not soldiers
                    continue;
                }
                if (gap.Trim() is "and" or "," or "and their" or "supported by" && last.Role == m.Role && last.Actor == m.Actor)
                {
                    continue; // "soldiers and VDP fighters": the first names the side
                }
                if (gap.Length <= 1 && last.Role == m.Role)
                {
                    result[^1] = last with { End = m.End };
                    continue;
                }
            }
            result.Add(m);
        }
        return result;
    }

    /// <summary>A clause dated on its own ("On Sunday ...") starts a new event even without a place.</summary>
    private static bool HasOwnDate(IReadOnlyList<DateMention> found, EventDraft previous) =>
        found.Any(d => d.Kind == DateKind.AfterPrevious || d.Kind != DateKind.Reporting && d.Precision <= 2 && d.Date != previous.Date);

    /// <summary>"in the capital": the capital of the entry's country.</summary>
    private static ResolvedLocation? CapitalOf(EntryState state)
    {
        var country = state.Countries.Select(Countries.ByIso2).OfType<Country>().FirstOrDefault();
        return country is null ? null : new ResolvedLocation(country.Capital, country.CapitalLatitude, country.CapitalLongitude, 1, country, null, null, null);
    }

    [GeneratedRegex(@"^\s*[A-Z][A-Z'’ -]{2,}(?:,\s*[A-Z][A-Za-z .]{1,30})?(?:,\s*(?:\w+\s+\d{1,2}|\d{1,2}\s+\w+)(?:,?\s*\d{4})?)?\s*(?:\([^)]*\))?\s*[-–—]+\s*")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"\b(?:the|its|their) capital\b(?!\s+of)|\bcapital city\b", RegexOptions.IgnoreCase)]
    private static partial Regex TheCapital();

    [GeneratedRegex(@"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens?|several|tens|scores)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberWord();

    [GeneratedRegex(@"\G\s+(?:an?|the|their|its)\s+(?:\w+\s+)?(?:(?<police>police|gendarmerie)\s+(?:station|post|checkpoint|camp|base)|(?:military|army|troops'|soldiers'|FAMa|national guard)\s+(?:base|post|camp|position|outpost|garrison|barracks|checkpoint|convoy|patrol|detachment))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ArmedObject();

    [GeneratedRegex(@"^\s*(?:,\s*)?(?:and|as well as|together with|alongside|along with|supported by|backed by|with the support of|accompanied by|assisted by|aided by|reinforced by|,)?\s*(?:the\s+|their\s+|its\s+|allied\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AllyJoin();

    [GeneratedRegex(@"\b(?:killed|killing|hurt|injured|wounded) (?:no one|nobody|none)\b|\bno (?:one|body) (?:was|were) (?:killed|hurt|injured)\b|\bno (?:casualties|fatalities|deaths)\b|\bwithout (?:casualties|loss of life)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoCasualties();

    [GeneratedRegex(@"\bclaimed (?:responsibility for |credit for )?(?:the|this|that) (?:attack|ambush|bombing|strike|raid|kidnapping|abduction|killings?|assault|operation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Responsibility();

    [GeneratedRegex(@"\b(?:that|which|who|where)\b[^.]*\b(?:since|until)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeClause();

    [GeneratedRegex(@"^\s*(?:\([^)]*\)\s*)+$", RegexOptions.RightToLeft)]
    private static partial Regex ParenGap();

    [GeneratedRegex(@"^\s*(?:(?:believed|said|thought|suspected|reported) to (?:belong|be linked|be affiliated) (?:to|with)|linked to|affiliated (?:to|with)|of|from|loyal to|belonging to)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex BelongsTo();

    [GeneratedRegex(@"^[^.;]{0,25}?\b(?:(?:were|was|are|is|had been|have been|been|being|got)\s+(?:\w+\s+)?(?:killed|wounded|injured|abducted|kidnapped|raped|executed|massacred|taken|seized|detained|arrested|hurt|shot|beheaded|murdered)|died|(?:killed|wounded|injured)(?=\s*(?:[,;.]|$))|(?:were|was|are|is|lay|left)\s+(?:\w+\s+)?dead|lost their lives|perished|killed\s+(?:and|or)\s+\w+\s+(?:wounded|injured)|(?<!\b(?:who|which|that|and)\s+)(?:killed|wounded|injured|abducted|kidnapped|executed)\s+(?:in|near|at|during|as|when|after|on)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?(?:attack|ambush|raid|clash|clashes|explosion|blast|strike|assault|fighting|shooting|violence)\b)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VictimAfter();

    [GeneratedRegex(@"\b(?:killing|killed|kill|abducted|abducting|kidnapped|kidnapping|executed|executing|massacred|raped|arrested|detained|wounding|injuring|neutrali[sz]ed|neutrali[sz]ing)\s+(?:at least\s+|about\s+|some\s+|another\s+|more than\s+)?(?:(?!(?:when|as|after|while|before|because|by|in|on|near|during|at|and)\s)[\w-]+\s+){0,2}$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex VictimBefore();

    [GeneratedRegex(@"(?<!\b(?:supported|backed|accompanied|assisted|aided|escorted|reinforced|joined|helped|protected|guided|held)\s+)\b(?:by|(?:attack|fire|assault|attacks)\s+from|claimed by|blamed on|attributed to)\s+(?:the\s+|a\s+|an\s+|suspected\s+|unidentified\s+|presumed\s+)*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex ByBefore();

    [GeneratedRegex(@"^\s*(?:(?:also|later|had|has|have)\s+)?(?:said|says|say|claimed|claims|reported|reports|announced|stated|told|added|confirmed|denied|accused(?!\s+of\b))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpeakerAfter();

    [GeneratedRegex(@"\b(?:they|the group|its fighters|its men|the same group|the militants|the attackers|the assailants|the jihadists|the fighters|the gunmen)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    /// <summary>Trend and background talk ("is expanding", "often", "the number of"): its triggers report no single event.</summary>
    internal const string BackgroundPattern = @"\b(?:is|are)\s+(?:also\s+|still\s+|now\s+|currently\s+|increasingly\s+)?(?:seeking|trying|working|planning|expected|likely|preparing|threatening|attempting|expanding|gaining|terrorizing|terrorising|operating|spreading|advancing|growing|fighting|killing|attacking|recruiting|using|seeing)\b|\b(?:has|have)\s+(?:also\s+|long\s+|now\s+)?(?:become|taken advantage|been unable|been working|been seeking|expanded|spread|grown)\b|\b(?:is|are)\s+being\s+\w+ed\b|\b(?:strategy|tactic|aim|goal|objective)\b|\bbeing fought\b|\b(?:promised|vowed|pledged|threatened) to\b|\bin (?:two|three|four|several|a series of|separate|a wave of) (?:separate )?(?:attacks|raids|incidents|villages)\b|\b(?:attacks|raids) on (?:two|three|four|five|several) (?:villages|towns|localities)\b|\bseized power\b|\bcoup\b|\b(?:has|have) (?:killed|left|claimed the lives of|displaced|forced)\b(?![^.;]{0,80}?\bin (?:an?|the|their|its) (?:\w+ ){0,2}?(?:attack|raid|ambush|assault|massacre|strike|airstrike|bombing|blast|explosion)\b)|\bsince (?:19|20)\d\d\b|\b(?:will|would|could|might) (?:probably |likely )?(?:try|seek|attack|expand|extend|target|continue|launch)\b|\b(?:has|have) been (?:working|trying|seeking|expanding)\b|\bexpected to\b|\blikely to\b|\b(?:often|regularly|usually|frequently|routinely|increasingly)\b|\bsuch (?:attacks|bombs|raids)\b|\bthe number of\b|\bwere (?:killed|kidnapped|abducted|displaced) in \d|\bper cent\b|\bpercent\b";

    /// <summary>
    /// Every alternative of <see cref="BackgroundPattern"/> begins with one of these words, and goes on
    /// with one of the words listed with it (null: with anything). "is" and "the" are in most clauses;
    /// tried only before "trying", "being", "number" and the like, they rarely cost a regex call.
    /// </summary>
    private static readonly StartWords BackgroundStarts = new(
        Followed("is are", "also", "still", "now", "currently", "increasingly", "seeking", "trying", "working", "planning", "expected", "likely", "preparing", "threatening", "attempting", "expanding", "gaining", "terrorizing", "terrorising", "operating", "spreading", "advancing", "growing", "fighting", "killing", "attacking", "recruiting", "using", "seeing", "being")
            .Concat(Followed("has have", "also", "long", "now", "become", "taken", "been", "expanded", "spread", "grown", "killed", "left", "claimed", "displaced", "forced"))
            .Concat(Followed("strategy tactic aim goal objective coup often regularly usually frequently routinely increasingly percent", null))
            .Concat(Followed("being", "fought"))
            .Concat(Followed("promised vowed pledged threatened expected likely", "to"))
            .Concat(Followed("in", "two", "three", "four", "several", "separate", "a "))
            .Concat(Followed("attacks raids", "on "))
            .Concat(Followed("seized", "power"))
            .Concat(Followed("since", "19", "20"))
            .Concat(Followed("will would could might", "probably", "likely", "try", "seek", "attack", "expand", "extend", "target", "continue", "launch"))
            .Concat(Followed("such", "attacks", "bombs", "raids"))
            .Concat(Followed("the", "number"))
            .Concat(Followed("were", "killed", "kidnapped", "abducted", "displaced"))
            .Concat(Followed("per", "cent")),
        digits: false,
        afterDigits: null);

    /// <summary>Each of the space-separated <paramref name="words"/> with the starts of what may follow it (null: anything).</summary>
    private static IEnumerable<KeyValuePair<string, string[]?>> Followed(string words, params string[]? next) =>
        words.Split(' ').Select(w => KeyValuePair.Create(w, next));

    [GeneratedRegex(@"\G(?:" + BackgroundPattern + ")", RegexOptions.IgnoreCase)]
    private static partial Regex BackgroundAnchored();

    internal static bool IsBackground(string clause) => BackgroundStarts.IsMatch(BackgroundAnchored(), clause);


    private static bool Possessive(string clause, int end) => clause.AsSpan(end).StartsWith("'s ", StringComparison.Ordinal) || clause.AsSpan(end).StartsWith("’s ", StringComparison.Ordinal);

    [GeneratedRegex(@"\b(?:it|they|he|she|who|which|that|whom)\s+had\s+(?:been\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex EarlierDeed();

    [GeneratedRegex(@"\b(?:since|until|from|by)\s+$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex SinceOrUntil();

    [GeneratedRegex(@"\b(?:fled|flee|fleeing|moved|taken|evacuated|flown|transferred|sought refuge|refuge|returning|headed|heading|bound|travelling|traveling|escaped)\s+(?:to|from|in|into|towards)\s+(?:the\s+)?(?:town\s+of\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex Destination();

    /// <summary>"Photos released by JNIM show dozens of bodies": the dead already counted, seen again.</summary>
    [GeneratedRegex(@"\b(?:photos?|photographs?|images?|videos?|footage|pictures?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pictured();
}
