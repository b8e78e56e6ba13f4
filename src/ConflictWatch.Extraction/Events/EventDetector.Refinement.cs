using System.Text.RegularExpressions;
using ConflictWatch.Core;
using ConflictWatch.Extraction.Actors;
using ConflictWatch.Extraction.Dating;
using ConflictWatch.Extraction.Places;
using ConflictWatch.Extraction.Segmentation;

namespace ConflictWatch.Extraction.Events;

/// <summary>
/// Where an event is placed when the text says more than one thing about it: a wire report's region
/// refined by the village named next, ACLED's "(Commune, Cercle)" bracket checked against the place
/// found before it, and the bracket's units as the place when the village is unknown.
/// </summary>
public sealed partial class EventDetector
{
    /// <summary>
    /// Moves the entry's last event from a region or a country to a place the text names next, when that
    /// place lies inside it: wire reports open with "in central Mali's Mopti region" and name the village a
    /// sentence later. A place elsewhere is another matter and is left alone.
    /// </summary>
    /// <param name="clauseDates">the clause's dates if already found; otherwise they are looked for only once a place refines the event.</param>
    private void Refine(Entry entry, Sentence sentence, EntryState state, List<EventDraft> drafts, List<PlaceMention> places, string clause, IReadOnlyList<DateMention>? clauseDates, DateOnly reference)
    {
        if (places.Count == 0 || CoarsePrevious(entry, sentence, state, drafts) is not { } at)
        {
            return;
        }
        var told = drafts[at];
        clauseDates ??= dates.Find(clause, reference);
        if (told.ExplicitDate && clauseDates.Any(d => d.IsEventDate && Math.Abs(d.Date.DayNumber - told.Date.DayNumber) > (d.Precision == 1 && told.TimePrecision == 1 ? 2 : 31)))
        {
            return; // "In December, the last French troops left Niamey": another time, not the October attack's place
        }
        foreach (var p in places)
        {
            if (resolver.Resolve(p, new HashSet<string> { told.Location.Country.Iso2 }, []) is { } r && Inside(r, told.Location))
            {
                // "The attack happened on Monday near Koumbri": its day too, when the first telling had none of its own
                var day = clauseDates.FirstOrDefault(d => d.Kind is DateKind.Absolute or DateKind.Relative && d.Precision == 1 && d.Date <= reference);
                drafts[at] = day is not null && (!told.ExplicitDate || told.TimePrecision > 1)
                    ? told with { Location = r, Date = day.Date, TimePrecision = 1, ExplicitDate = true }
                    : told with { Location = r };
                state.LastLocation = r;
                return;
            }
        }
    }

    /// <summary>
    /// The same incident told again with its place, after a first telling placed only in a region or a
    /// country: the first event takes the place (or, for "70 in Tchoma Bangou and 30 in Zaroumadareye",
    /// becomes one event per place) instead of a second event being added.
    /// </summary>
    /// <param name="definite">the clause names the event before it again: "The strike, carried out on January 20 ..."</param>
    private static bool Retold(Entry entry, Sentence sentence, EntryState state, List<EventDraft> drafts, Classification kind, (DateOnly Date, int Precision, bool Explicit) when, List<ResolvedLocation> locations, Casualties toll, bool definite)
    {
        if (CoarsePrevious(entry, sentence, state, drafts) is { } coarseAt && drafts[coarseAt] is var told
            && (told.Kind.EventType == kind.EventType || definite) && locations.All(l => told.Location.GeoPrecision >= 3 && Inside(l, told.Location) || SamePlaceLater(l, when, told))
            && (locations.Count == 1 || toll.PerPlace.Count == locations.Count && toll.Deaths <= Math.Max(told.Casualties.Deaths, told.Casualties.DeathsHigh))
            && (!told.ExplicitDate || !when.Explicit || Math.Abs(when.Date.DayNumber - told.Date.DayNumber) <= (told.TimePrecision == 1 ? 2 : told.TimePrecision == 2 ? 7 : 31)))
        {
            // the same incident told again with its place: "in the Mopti region ... opened fire on residents in
            // Ogossagou late on Saturday"; or its parts: "about 100 killed in two villages ... 70 in Tchoma Bangou and 30 in Zaroumadareye"
            var retold = told with
            {
                // "gunmen killed 40 ... suspected Fulani militiamen attacked Ogodourou": the detail may name who
                Kind = NamedBy(told.Kind, kind),
                Date = when.Precision < told.TimePrecision || !told.ExplicitDate ? when.Date : told.Date,
                TimePrecision = told.ExplicitDate ? Math.Min(when.Precision, told.TimePrecision) : when.Precision,
                ExplicitDate = told.ExplicitDate || when.Explicit,
            };
            if (locations.Count == 1)
            {
                drafts[coarseAt] = retold with { Location = locations[0], Casualties = told.Casualties.Widest(toll) };
            }
            else
            {
                for (var i = 0; i < locations.Count; i++)
                {
                    var part = retold with { Location = locations[i], Casualties = toll with { Deaths = toll.PerPlace[i], DeathsHigh = toll.PerPlace[i], Claimed = 0, Kidnapped = null, PerPlace = [] } };
                    if (i == 0)
                    {
                        drafts[coarseAt] = part;
                    }
                    else
                    {
                        drafts.Add(part);
                        state.Previous = drafts.Count - 1;
                    }
                }
            }
            state.LastLocation = locations[0];
            return true;
        }
        return false;
    }

    /// <summary>The entry's last event when it is placed only to a region or country, or has no day of its own, and was told in this sentence or the one before.</summary>
    private static int? CoarsePrevious(Entry entry, Sentence sentence, EntryState state, List<EventDraft> drafts)
    {
        if (state.Previous is not { } at || at < state.FirstDraft || at >= drafts.Count || drafts[at].Location.GeoPrecision < 3 && drafts[at].ExplicitDate)
        {
            return null;
        }
        var told = drafts[at].Sentence;
        if (told == sentence)
        {
            return at;
        }
        var i = IndexOf(entry.Sentences, told);
        return i >= 0 && i + 1 < entry.Sentences.Count && entry.Sentences[i + 1] == sentence ? at : null;

        static int IndexOf(IReadOnlyList<Sentence> list, Sentence s)
        {
            for (var k = 0; k < list.Count; k++)
            {
                if (list[k] == s)
                {
                    return k;
                }
            }
            return -1;
        }
    }

    /// <summary>A finer place inside a coarse one: the same country and, when the coarse one is a region, the same region.</summary>
    /// <summary>
    /// The undated lead's own place given its day a sentence later: "Armed fighters have killed hundreds
    /// of people in an attack on the town of Barsalogho ... Fighters from JNIM stormed the town on
    /// Saturday morning". The day may be up to a week before the story's.
    /// </summary>
    private static bool SamePlaceLater(ResolvedLocation l, (DateOnly Date, int Precision, bool Explicit) when, EventDraft told) =>
        !told.ExplicitDate && when.Explicit && l.Place is { } place && place == told.Location.Place
        && when.Date <= told.Date && told.Date.DayNumber - when.Date.DayNumber <= 7;

    private static bool Inside(ResolvedLocation fine, ResolvedLocation coarse) =>
        fine.GeoPrecision < coarse.GeoPrecision && fine.Country == coarse.Country
        && (coarse.Admin1 is null || string.Equals(fine.Admin1, coarse.Admin1, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A district named in a bracket is the unit or its seat ("Bourem" the town, "Gourma" the province),
    /// never a village or a region that shares its name.
    /// </summary>
    private static PlaceMention AsUnit(PlaceMention p)
    {
        var units = p.Candidates.Where(c => c.FeatureCode.StartsWith("ADM", StringComparison.Ordinal) || c.FeatureCode.StartsWith("PPLA", StringComparison.Ordinal) || c.FeatureCode == "PPLC").ToList();
        return units.Count > 0 ? p with { Candidates = units } : p;
    }

    /// <summary>
    /// A place in another country than every unit named after it in its bracket: the commune of
    /// "(Koutougou, Soum)" found only in Niger. Within one country a bracket may list peers ("(MOPTI,
    /// SÉGOU)"), so only a border tells a namesake apart here.
    /// </summary>
    private static bool AcrossBracketBorder(Place place, List<PlaceMention> coarser) =>
        coarser.Any(b => b.Candidates.Count > 0) && !coarser.Any(b => b.Candidates.Any(c => c.CountryCode == place.CountryCode));

    /// <summary>
    /// A plain village that the gazetteer places outside the units named after it in its bracket: the
    /// commune of "(Kiri, Koutiala, Sikasso)" known only as a Kiri in Ségou. The cercle or province
    /// that follows it is then the finest place the text gives. Towns that seat a unit are left alone:
    /// a bracket may list peers ("(Mopti, Ségou)").
    /// </summary>
    private static bool VillageOutsideBracket(Place place, string clause, PlaceMention p, List<PlaceMention> context) =>
        place.FeatureCode is "PPL" or "PPLL" or "PPLQ" or "PPLW" or "PPLX" or "LCTY"
        && BracketAround(clause, p, context) is { Count: > 0 } coarser
        && !InBracketUnits(place, coarser, p.Text);

    /// <summary>
    /// One of two coordinated villages, resolved outside the bracket they share ("the villages of Yoro
    /// and Gourou (Diankabou, Koro, Mopti)", where the only Gourou is in Burkina Faso): the bracket's
    /// finest unit instead, under the village's name, since the text says the village is there.
    /// </summary>
    private ResolvedLocation? InUnits(PlaceMention p, ResolvedLocation? r, string clause, List<PlaceMention> context, IReadOnlySet<string> countries)
    {
        if (r?.Place is not { } place || BracketAfter(clause, p, context) is not { Count: > 0 } bracket || InBracketUnits(place, bracket, p.Text))
        {
            return r;
        }
        ResolvedLocation? finest = null;
        foreach (var b in bracket)
        {
            if (resolver.Resolve(b.NamesUnit ? AsUnit(b) : b, countries, context) is { } u && (finest is null || u.GeoPrecision < finest.GeoPrecision))
            {
                finest = u;
            }
        }
        return finest is null ? r : finest with { Location = p.Text, GeoPrecision = Math.Max(finest.GeoPrecision, 2) };
    }

    /// <summary>
    /// The coarser names after a context name in its bracket: Soum for the commune of "(Koutougou,
    /// Soum)", whose only namesake in the gazetteer lies in Niger. The bracket goes from fine to coarse,
    /// so a unit is checked against the units that contain it, never against the village it holds.
    /// </summary>
    private static List<PlaceMention> BracketAround(string clause, PlaceMention p, List<PlaceMention> context)
    {
        if (p.Start < 1 || p.Start > clause.Length)
        {
            return [];
        }
        var open = clause.LastIndexOf('(', p.Start - 1);
        var close = open < 0 ? -1 : clause.IndexOf(')', open);
        if (open < 0 || close >= 0 && close < p.Start)
        {
            return [];
        }
        return context.Where(c => c.Start > p.End && (close < 0 || c.End <= close)).ToList();
    }

    /// <summary>The context names in the bracket right after a place: "Boulikessi (Mondoro, Douentza)".</summary>
    private static List<PlaceMention> BracketAfter(string clause, PlaceMention p, List<PlaceMention> context)
    {
        var rest = clause.AsSpan(p.End);
        var open = p.End + rest.Length - rest.TrimStart().Length;
        if (open < clause.Length && clause[open] != '(' && NextPlaceBracket().Match(clause, p.End) is { Success: true } shared)
        {
            open = shared.Index + shared.Length - 1; // "the villages of Tamalaoulaout and Inwelane (Inekar, Menaka)": one bracket for both
        }
        if (open >= clause.Length || clause[open] != '(')
        {
            return [];
        }
        var close = clause.IndexOf(')', open);
        return context.Where(c => c.Start > open && (close < 0 || c.End <= close)).ToList();
    }

    /// <summary>
    /// False when the place is outside the units ACLED's bracket names for it ("Boulikessi (Mondoro,
    /// Douentza)", "Goubré (Djibasso, Kossi)"): the gazetteer knows only a namesake elsewhere, often
    /// across a border, and the named units locate the event better. Inside means an admin name in
    /// common or within 60 km of a place the bracket names (spellings of units differ between sources).
    /// </summary>
    private static bool InBracketUnits(Place place, List<PlaceMention> bracket, string placeText)
    {
        // "Koutougou (Koutougou, Soum)": the commune shares the village's name and namesakes, so only
        // Soum can say where it is
        var own = TextFold.Fold(placeText);
        if (bracket.All(b => b.Candidates.Count == 0 || TextFold.Fold(b.Text) == own))
        {
            return true;
        }
        if (!InBracketCountry(place, bracket, own))
        {
            return false;
        }
        foreach (var b in bracket)
        {
            var name = TextFold.Fold(b.Text);
            if (name == own)
            {
                continue;
            }
            if (place.Admin2 is { } a2 && TextFold.Fold(a2) == name || place.Admin1 is { } a1 && TextFold.Fold(a1) == name)
            {
                return true;
            }
            // a name the gazetteer has as an admin unit is that unit, not a hamlet of the same name ("Soum" the
            // province, not the village of Soum 50 km from a Kouni in another province)
            var asUnit = b.Candidates.Any(c => c.IsAdministrative);
            foreach (var c in b.Candidates)
            {
                if ((!asUnit || c.IsAdministrative) && Geo.DistanceKm(c.Latitude, c.Longitude, place.Latitude, place.Longitude) <= 60)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// False when the bracket's names can only be together in another country: "(Diankabou, Koro,
    /// Mopti)" is in Mali, so a Gourou in Burkina Faso is not in it, though a Burkinabe Koro lies 57 km
    /// from it. Names the gazetteer does not know say nothing.
    /// </summary>
    private static bool InBracketCountry(Place place, List<PlaceMention> bracket, string own)
    {
        HashSet<string>? shared = null;
        foreach (var b in bracket)
        {
            if (b.Candidates.Count == 0 || TextFold.Fold(b.Text) == own)
            {
                continue;
            }
            var here = b.Candidates.Select(c => c.CountryCode).ToHashSet();
            if (shared is null)
            {
                shared = here;
            }
            else
            {
                shared.IntersectWith(here);
            }
        }
        return shared is null || shared.Count == 0 || shared.Contains(place.CountryCode);
    }

    [GeneratedRegex(@"\G\s*(?:,|and|or|&)\s+(?:\p{Lu}[\p{L}'’-]*(?:[ -]\p{Lu}[\p{L}'’-]*){0,3})\s*\(")]
    private static partial Regex NextPlaceBracket();

    /// <summary>
    /// An event dated only by the story's day, at the very place of one the story dates up to a week
    /// before, is that event told without its day: a standfirst ("Attack in Barsalogho among the
    /// deadliest in the country's history") or a lead far from its details. It folds into the dated one.
    /// </summary>
    private static void FoldUndated(List<EventDraft> drafts, int first)
    {
        for (var i = drafts.Count - 1; i >= first; i--)
        {
            var undated = drafts[i];
            if (undated.ExplicitDate || undated.Location.Place is not { } place)
            {
                continue;
            }
            for (var j = first; j < drafts.Count; j++)
            {
                var dated = drafts[j];
                if (j == i || !dated.ExplicitDate || dated.Location.Place != place || dated.Kind.EventType != undated.Kind.EventType
                    || dated.Date > undated.Date || undated.Date.DayNumber - dated.Date.DayNumber > 7)
                {
                    continue;
                }
                drafts[j] = dated with { Kind = NamedBy(dated.Kind, undated.Kind), Casualties = dated.Casualties.Widest(undated.Casualties) };
                drafts.RemoveAt(i);
                break;
            }
        }
    }

    /// <summary>One telling of an incident, its unidentified perpetrator named by the other telling when that one names a group.</summary>
    private static Classification NamedBy(Classification kept, Classification other) =>
        kept.Actor1.Role == ActorRole.Armed && other.Actor1.Role == ActorRole.Named ? kept with { Actor1 = other.Actor1 } : kept;

    /// <summary>The first date of a clause that is finer than the event's and falls within its month or week.</summary>
    /// <summary>"suspected jihadists 19 Sept killed four VDP": a day of its own, so dead of another event, not more of the one before.</summary>
    private static bool OtherDay(IReadOnlyList<DateMention> found, EventDraft previous) =>
        previous.ExplicitDate && found.Any(d => d.IsEventDate && d.Precision == 1 && previous.TimePrecision == 1 && d.Date != previous.Date);

    private static DateMention? FinerDay(IReadOnlyList<DateMention> found, EventDraft previous)
    {
        foreach (var d in found)
        {
            if (d.IsEventDate && d.Precision < previous.TimePrecision
                && (previous.TimePrecision == 3 ? d.Date.Year == previous.Date.Year && d.Date.Month == previous.Date.Month : Math.Abs(d.Date.DayNumber - previous.Date.DayNumber) <= 7))
            {
                return d;
            }
        }
        return null;
    }

    /// <summary>
    /// A clause that opens by naming the event just told: "The strike, carried out on January 20 ...", "The
    /// attack took place on Friday", or its perpetrators striking: "The assailants struck on Saturday night".
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:The|This|That) (?:air |drone |air-|deadly |latest )?(?:strike|airstrike|attack|raid|ambush|assault|bombing|massacre|explosion|blast|operation|killings|executions|fighting|clashes|violence|abductions)\b|The (?:assailants|attackers|gunmen|militants|jihadists|raiders|insurgents) (?:struck|attacked|arrived|stormed|raided|came)\b)")]
    private static partial Regex TheEventAgain();

    [GeneratedRegex(@"^\s*(?:Simultaneously|At the same time|Meanwhile|The same day|That same day|That day|On the same day|Around the same time|Shortly after(?:wards)?|Shortly before|Minutes later|Hours later|Later that day|Earlier that day|The same night|That night)\b|\b(?:the same day|that same day|on the same day|simultaneously|later that day|earlier that day|the same night)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SameTime();

    private static readonly Cue VillageWord = new("village");

    /// <summary>
    /// The name of a village the clause introduces as one ("in the village of Tadaryat", "in Tadaryat
    /// village") that the place finder did not find: the gazetteer lacks it, yet it is a place of its own.
    /// </summary>
    private static string? UnknownVillage(string clause, IReadOnlyList<PlaceMention> found)
    {
        if (!VillageWord.In(clause) || NamedVillage().Match(clause) is not { Success: true } m)
        {
            return null;
        }
        var name = m.Groups["a"].Success ? m.Groups["a"] : m.Groups["b"];
        return found.Any(p => p.Start < name.Index + name.Length && p.End > name.Index) ? null : name.Value;
    }

    [GeneratedRegex(@"\b(?:in|at|near|on)\s+the\s+(?:\p{Ll}+\s+)?village\s+of\s+(?<a>\p{Lu}[\p{L}'’-]{2,}(?:\s\p{Lu}[\p{L}'’-]+)?)|\b(?:in|at|near|on)\s+(?<b>\p{Lu}[\p{L}'’-]{2,})\s+village\b")]
    private static partial Regex NamedVillage();

    /// <summary>
    /// A place inside the region found first, named later in the clause: "Centre-North: ... an IED killed
    /// four civilians near Pissila". The region is the heading; the town is where it happened.
    /// </summary>
    private ResolvedLocation FinerInside(ResolvedLocation region, PlaceMention first, List<PlaceMention> located, IReadOnlySet<string> countries, List<PlaceMention> context, (double, double)? near)
    {
        foreach (var q in located)
        {
            if (q != first && resolver.Resolve(q, countries, context, near) is { } finer && finer.GeoPrecision < region.GeoPrecision && Inside(finer, region))
            {
                return finer;
            }
        }
        return region;
    }
}
