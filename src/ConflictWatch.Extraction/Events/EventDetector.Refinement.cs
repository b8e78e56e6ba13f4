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
        foreach (var p in places)
        {
            if (resolver.Resolve(p, new HashSet<string> { told.Location.Country.Iso2 }, []) is { } r && Inside(r, told.Location))
            {
                // "The attack happened on Monday near Koumbri": its day too, when the first telling had none of its own
                var day = (clauseDates ?? dates.Find(clause, reference)).FirstOrDefault(d => d.Kind is DateKind.Absolute or DateKind.Relative && d.Precision == 1 && d.Date <= reference);
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
                Kind = told.Kind.Actor1.Role == ActorRole.Armed && kind.Actor1.Role == ActorRole.Named ? told.Kind with { Actor1 = kind.Actor1 } : told.Kind,
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
            foreach (var c in b.Candidates)
            {
                if (Geo.DistanceKm(c.Latitude, c.Longitude, place.Latitude, place.Longitude) <= 60)
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
}
