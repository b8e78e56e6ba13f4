using System.Text.RegularExpressions;
using ConflictWatch.Core;
using ConflictWatch.Extraction.Actors;

namespace ConflictWatch.Extraction.Events;

/// <summary>
/// ACLED's coding rules as code: the frames a clause opens plus who acts on whom decide the
/// event type. An attack on soldiers or police is a battle, on civilians violence against
/// civilians; any explosive is remote violence whoever it hits; a crowd that burns or stones
/// is a riot, one that marches a protest.
/// </summary>
public sealed partial class EventClassifier
{
    public Classification? Classify(IReadOnlyList<Trigger> triggers, Party? agent, Party? patient, string clause, Casualties casualties)
    {
        var frames = FrameSet.Of(triggers);
        bool Has(Frame f) => frames.Contains(f);
        var deaths = casualties.Deaths > 0 || casualties.Claimed > 0;
        var armedAgent = agent is { } a && a.Role.IsArmed() ? agent : null;
        var uag = Party.Default(ActorRole.Armed);

        // (the word is searched for first: every classified clause passes here and almost none mentions a crash)
        if (CrashWord.In(clause) && Crash().IsMatch(clause) && !ShotDown().IsMatch(clause))
        {
            return null; // "an army helicopter crashed near Gossi, killing 2 crew": an accident, not political violence
        }
        if (Has(Frame.Defuse))
        {
            return new(EventTypes.StrategicDevelopments, "Disrupted weapons use", agent ?? Party.Default(ActorRole.State), null, Frame.Defuse);
        }
        if (Has(Frame.Suicide))
        {
            return new(EventTypes.Explosions, "Suicide bomb", NonState(agent) ?? uag, patient ?? TargetOf(clause) ?? Party.Default(ActorRole.State), Frame.Suicide);
        }
        if (Has(Frame.Air) && !MentionsOnly(clause, AirSupport))
        {
            var striker = agent is { Role: ActorRole.State or ActorRole.Named } ? agent : Party.Default(ActorRole.State, agent?.CountryIso2);
            var target = patient ?? (CivilianWords().IsMatch(clause) ? Party.Default(ActorRole.Civilian) : uag);
            return new(EventTypes.Explosions, "Air/drone strike", striker, target, Frame.Air);
        }
        if (Has(Frame.Grenade))
        {
            return new(EventTypes.Explosions, "Grenade", NonState(agent) ?? uag, patient ?? Party.Default(ActorRole.Civilian), Frame.Grenade);
        }
        if (Has(Frame.Shelling) && !Has(Frame.Protest))
        {
            return new(EventTypes.Explosions, "Shelling/artillery/missile attack", agent ?? uag, patient ?? TargetOf(clause) ?? Party.Default(ActorRole.State), Frame.Shelling);
        }
        if (Has(Frame.IED) && !IedIsBackground(clause))
        {
            // "a MINUSMA convoy hits a mine": forces that run over a mine are its target, never its layer
            var forces = agent is { } f && (f.Role.IsStateSide() || f.Actor?.Inter is 1 or 8) ? agent : null;
            return new(EventTypes.Explosions, "Remote explosive/landmine/IED", forces is null ? NonState(agent) ?? uag : uag, patient ?? forces ?? TargetOf(clause) ?? Party.Default(ActorRole.Civilian), Frame.IED);
        }
        if (Has(Frame.Lynch) && agent is { } killer && killer.Role.IsArmed())
        {
            return new(EventTypes.ViolenceAgainstCivilians, "Attack", killer, patient?.Role == ActorRole.Civilian ? patient : Party.Default(ActorRole.Civilian), Frame.Attack);
        }
        if (Has(Frame.Lynch))
        {
            return new(EventTypes.Riots, "Mob violence", Party.Default(ActorRole.Rioter, agent?.CountryIso2), patient?.Role == ActorRole.Civilian ? patient : Party.Default(ActorRole.Civilian), Frame.Lynch);
        }
        if (Has(Frame.Rape))
        {
            return new(EventTypes.ViolenceAgainstCivilians, "Sexual violence", NonCivilian(agent) ?? uag, Party.Default(ActorRole.Civilian, patient?.CountryIso2), Frame.Rape);
        }
        if (Has(Frame.Loot) && agent is { Role: ActorRole.Rioter })
        {
            frames = frames.With(Frame.Riot); // "a mob set fire to the police station": a riot, whatever it burned
        }
        if (Has(Frame.Protest) || (Has(Frame.Riot) && IsCrowd(agent, clause)))
        {
            return Demonstration(frames, agent, patient, clause, deaths);
        }
        if (Has(Frame.Retake) && (agent is null || agent.Role.IsStateSide() || agent.Role == ActorRole.Named && agent.Actor?.Inter is 8 or 3))
        {
            return new(EventTypes.Battles, "Government regains territory", agent ?? Party.Default(ActorRole.State), NonState(patient) ?? uag, Frame.Retake);
        }
        if (Has(Frame.Transfer))
        {
            var mover = NonState(agent) ?? NonState(patient) ?? agent ?? uag;
            return new(EventTypes.StrategicDevelopments, "Non-violent transfer of territory", mover, null, Frame.Transfer);
        }
        if (Has(Frame.Seize) && (agent is null || !agent.Role.IsStateSide()) && !Has(Frame.Abduct))
        {
            return new(EventTypes.Battles, "Non-state actor overtakes territory", agent ?? uag, patient is { } p && p.Role.IsStateSide() ? patient : Party.Default(ActorRole.State), Frame.Seize);
        }
        if (Has(Frame.Abduct) && !deaths && !KillVerb().IsMatch(clause))
        {
            var victims = patient is { Role: ActorRole.Civilian } ? patient : Party.Default(ActorRole.Civilian, patient?.Role == ActorRole.Civilian ? patient.CountryIso2 : null);
            return new(EventTypes.ViolenceAgainstCivilians, "Abduction/forced disappearance", NonCivilian(agent) ?? uag, victims, Frame.Abduct);
        }
        if (Has(Frame.Base) && !deaths)
        {
            return new(EventTypes.StrategicDevelopments, "Headquarters or base established", agent ?? Party.Default(ActorRole.State), null, Frame.Base);
        }
        if (Has(Frame.Arrest) && !deaths)
        {
            if (agent is { Role: ActorRole.Armed } or { Role: ActorRole.Named, Inter: 2 } && patient is null or { Role: ActorRole.Civilian })
            {
                // "gunmen detained two aid workers": an armed group that takes civilians abducts them, in ACLED's terms
                return new(EventTypes.ViolenceAgainstCivilians, "Abduction/forced disappearance", agent, patient ?? Party.Default(ActorRole.Civilian, agent.CountryIso2), Frame.Abduct);
            }
            var arrester = agent is { } ag && (ag.Role.IsStateSide() || ag.Role == ActorRole.Named) ? ag : Party.Default(ActorRole.Police, agent?.CountryIso2);
            var arrested = patient ?? Party.Default(ActorRole.Civilian);
            if (arrested.Role is ActorRole.Protester or ActorRole.Rioter)
            {
                arrested = arrested.As(ActorRole.Civilian);
            }
            return new(EventTypes.StrategicDevelopments, "Arrests", arrester, arrested, Frame.Arrest);
        }
        if (Has(Frame.Attack) || Has(Frame.Kill) || Has(Frame.Clash) || Has(Frame.Abduct))
        {
            return Violence(frames, agent, patient, clause, casualties);
        }
        if (Has(Frame.Loot) || Has(Frame.Riot))
        {
            return new(EventTypes.StrategicDevelopments, "Looting/property destruction", NonCivilian(agent) ?? uag, Party.Default(ActorRole.Civilian), Frame.Loot);
        }
        if (Has(Frame.Agreement))
        {
            return new(EventTypes.StrategicDevelopments, "Agreement", agent ?? patient ?? Party.Default(ActorRole.Government), agent is not null && patient is not null && patient.Role != ActorRole.Civilian ? patient : null, Frame.Agreement);
        }
        if (Has(Frame.Change) && agent is not null && agent.Role is ActorRole.Named or ActorRole.Armed or ActorRole.State)
        {
            return new(EventTypes.StrategicDevelopments, "Other", agent, null, Frame.Change);
        }
        return null;
    }

    private static Classification Violence(FrameSet frames, Party? agent, Party? patient, string clause, Casualties casualties)
    {
        var uag = Party.Default(ActorRole.Armed);
        if (frames.Contains(Frame.Clash) && agent is { Role: ActorRole.Civilian } && patient is null or { Role: ActorRole.Civilian } && !ArmedWords().IsMatch(clause))
        {
            // "farmers and herders clashed over a grazing dispute": two crowds without arms or a group, ACLED's mob violence
            return new(EventTypes.Riots, "Mob violence", Party.Default(ActorRole.Rioter, agent.CountryIso2), Party.Default(ActorRole.Rioter, patient?.CountryIso2 ?? agent.CountryIso2), Frame.Riot);
        }
        var target = patient ?? TargetOf(clause);
        var attacker = agent;
        if (attacker is null || attacker.Role is ActorRole.Civilian or ActorRole.Protester or ActorRole.Rioter)
        {
            attacker = target is { } t && t.Role == ActorRole.Armed && frames.Contains(Frame.Clash) ? Party.Default(ActorRole.State) : uag;
        }
        if (target is null)
        {
            target = attacker.Role.IsStateSide() ? uag : Party.Default(ActorRole.Civilian);
        }
        if (target.Role is ActorRole.Protester or ActorRole.Rioter)
        {
            target = target.As(ActorRole.Civilian);
        }
        if (target.Role == ActorRole.Civilian && !frames.Contains(Frame.Clash))
        {
            if (frames.Contains(Frame.Loot) && !frames.Contains(Frame.Kill) && !frames.Contains(Frame.Abduct) && casualties.Deaths == 0 && casualties.Kidnapped is null && !Harmed().IsMatch(clause))
            {
                // "raided Kompienga and looted the pharmacy and several shops. No casualties": ACLED codes a raid
                // that harms nobody by what it did, looting or destruction
                return new(EventTypes.StrategicDevelopments, "Looting/property destruction", attacker, target, Frame.Loot);
            }
            var sub = frames.Contains(Frame.Abduct) && casualties.Deaths == 0 ? "Abduction/forced disappearance" : "Attack";
            return new(EventTypes.ViolenceAgainstCivilians, sub, attacker, target, Frame.Attack);
        }
        if (target.Role == ActorRole.Civilian)
        {
            target = attacker.Role.IsStateSide() ? uag : Party.Default(ActorRole.State);
        }
        if (target.Role == ActorRole.Government)
        {
            target = Party.Default(ActorRole.State, target.CountryIso2);
        }
        if (attacker.Role.IsStateSide() && Repelled().IsMatch(clause))
        {
            // "troops repelled an assault on their base": the assailants attacked
            (attacker, target) = (NonState(patient) ?? uag, attacker);
        }
        return new(EventTypes.Battles, "Armed clash", attacker, target, frames.Contains(Frame.Clash) ? Frame.Clash : Frame.Attack);
    }

    [GeneratedRegex(@"\b(?:helicopter|aircraft|plane|jet|drone|aeroplane|airplane|vehicle|truck|bus)s?\s+(?:\w+\s+){0,4}?crash(?:ed|es)?\b|\bcrash(?:ed)? (?:of|landed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Crash();

    [GeneratedRegex(@"\b(?:shot down|shoot down|downed|brought down|hit by (?:a )?missile|anti-aircraft)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShotDown();

    [GeneratedRegex(@"\b(?:gun|guns|gunfire|rifles?|firearms?|militia|militiamen|fighters|armed|jihadists?|militants?|soldiers|troops|army)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ArmedWords();

    [GeneratedRegex(@"\b(?:wound\w*|injur\w*|hurt|beat|beaten|beating|whipp\w*|flogg\w*|tortur\w*|assault\w*|shot|shooting|shoot|fired on|fired at|opened fire|rap(?:e|ed|ing)|abduct\w*|kidnap\w*|hostages?|dead|died|killed|executed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Harmed();

    [GeneratedRegex(@"\b(?:repel(?:led)?|repuls(?:ed|e)|fought off|foiled|thwarted|beat back|beaten back)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Repelled();

    private static Classification Demonstration(FrameSet frames, Party? agent, Party? patient, string clause, bool deaths)
    {
        var iso = agent?.CountryIso2;
        // "soldiers opened fire on protesters": the forces may be the subject as well as the object
        var police = patient is { } p && p.Role.IsStateSide() ? p : agent is { } a && a.Role.IsStateSide() ? a : PoliceWords().IsMatch(clause) ? Party.Default(ActorRole.Police) : null;
        if (frames.Contains(Frame.Lynch))
        {
            return new(EventTypes.Riots, "Mob violence", Party.Default(ActorRole.Rioter, iso), Party.Default(ActorRole.Civilian), Frame.Lynch);
        }
        if (frames.Contains(Frame.Riot) && !frames.Contains(Frame.Protest))
        {
            return new(EventTypes.Riots, "Violent demonstration", Party.Default(ActorRole.Rioter, iso), police, Frame.Riot);
        }
        if (frames.Contains(Frame.Clash) && police is not null && !deaths && !ShotAt().IsMatch(clause))
        {
            // "students clashed with police during a protest": demonstrators who fight are rioters
            return new(EventTypes.Riots, "Violent demonstration", Party.Default(ActorRole.Rioter, iso), police, Frame.Riot);
        }
        if ((deaths || ShotAt().IsMatch(clause)) && police is not null)
        {
            return new(EventTypes.Protests, "Excessive force against protesters", police.Role == ActorRole.Government ? Party.Default(ActorRole.Police) : police, Party.Default(ActorRole.Protester, iso), Frame.Protest);
        }
        if (frames.Contains(Frame.Riot))
        {
            return new(EventTypes.Riots, "Violent demonstration", Party.Default(ActorRole.Rioter, iso), police, Frame.Riot);
        }
        if (frames.Contains(Frame.Teargas) && police is not null)
        {
            return new(EventTypes.Protests, "Protest with intervention", Party.Default(ActorRole.Protester, iso), police, Frame.Teargas);
        }
        return new(EventTypes.Protests, "Peaceful protest", Party.Default(ActorRole.Protester, iso), null, Frame.Protest);
    }

    private static bool IsCrowd(Party? agent, string clause) => agent is null || agent.Role is ActorRole.Civilian or ActorRole.Rioter or ActorRole.Protester || CrowdWords().IsMatch(clause);

    private static Party? NonState(Party? p) => p is { } x && !x.Role.IsStateSide() && x.Role != ActorRole.Civilian && x.Role != ActorRole.Protester && x.Role != ActorRole.Rioter ? x : null;

    private static Party? NonCivilian(Party? p) => p is { } x && x.Role is not (ActorRole.Civilian or ActorRole.Protester or ActorRole.Rioter) ? x : null;

    /// <summary>Whom an attack was on when no actor is named as its object: a post or patrol is the army, a village its people.</summary>
    private static Party? TargetOf(string clause)
    {
        if (PoliceTarget().IsMatch(clause))
        {
            return Party.Default(ActorRole.Police);
        }
        if (ArmyTarget().IsMatch(clause))
        {
            return Party.Default(ActorRole.State);
        }
        if (CivilianTarget().IsMatch(clause))
        {
            return Party.Default(ActorRole.Civilian);
        }
        return null;
    }

    private static bool MentionsOnly(string clause, Segmentation.Cue phrase) => phrase.In(clause) && !AirVerb().IsMatch(clause);

    private static readonly Segmentation.Cue CrashWord = new("crash");
    private static readonly Segmentation.Cue AirSupport = new("air support");

    /// <summary>"JNIM and ISGS plant such bombs on that road": habitual, not an event.</summary>
    private static bool IedIsBackground(string clause) => HabitualIed().IsMatch(clause);

    [GeneratedRegex(@"\b(?:people|civilians|villagers|herders|women|children|passengers|wedding|market)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CivilianWords();

    [GeneratedRegex(@"\b(?:police|policemen|gendarmes|riot police|security forces)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PoliceWords();

    [GeneratedRegex(@"\b(?:fired (?:live )?(?:rounds|bullets|shots|on|at|into)|shot (?:dead|at|into)|opened fire|live ammunition|killing|killed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShotAt();

    [GeneratedRegex(@"\b(?:crowd|mob|rioters|youths|young people|protesters|demonstrators|residents)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CrowdWords();

    [GeneratedRegex(@"\b(?:kill(?:ed|ing)|shot dead|executed|massacred)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KillVerb();

    [GeneratedRegex(@"\b(?:police (?:station|post|checkpoint)|gendarmerie|gendarmes|checkpoint|customs post)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PoliceTarget();

    [GeneratedRegex(@"\b(?:army|military|soldiers|troops|garrison|patrol|convoy|base|camp|outpost|post|position|barracks|airport|FAMa|battalion|unit)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ArmyTarget();

    [GeneratedRegex(@"\b(?:village|villages|hamlet|market|mosque|church|bus|minibus|wedding|school|town|civilians|villagers|herders|traders|passengers|people|residents|worshippers|family|families|camp for displaced|farmers|fishermen)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CivilianTarget();

    [GeneratedRegex(@"\b(?:struck|bombed|strike|strikes|hit|destroyed|killed|killing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AirVerb();

    [GeneratedRegex(@"\b(?:plant|plants|lay|lays|use|uses|often|regularly|frequently|such bombs)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HabitualIed();
}
