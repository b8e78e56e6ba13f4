using System.Text.RegularExpressions;
using ConflictWatch.Core;
using ConflictWatch.Extraction.Segmentation;

namespace ConflictWatch.Extraction.Places;

/// <summary>
/// Finds gazetteer names in a sentence (longest match, capitalised words only, not inside actor
/// names, not English words that happen to be villages) and reads how the sentence relates to
/// each: at, near, an offset ("75 kilometers north of"), between two places, or admin context.
/// </summary>
public sealed partial class PlaceFinder : IPlaceFinder
{
    private readonly IGazetteer gazetteer;
    private static readonly Lazy<HashSet<string>> NotPlaces = new(() => DataFiles.Lines("lexicon/not-places.txt").Select(l => TextFold.Fold(l)).ToHashSet(StringComparer.Ordinal));
    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> NotPlacesBySpan = new(() => NotPlaces.Value.GetAlternateLookup<ReadOnlySpan<char>>());
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "n", "de", "el", "al", "du", "la", "des", "ag", "ou", "i", "n'", "of" };

    /// <summary>The gazetteer, when it can be probed with the key the scanner has already folded (it then need not cut the name out and fold it again).</summary>
    private readonly IFoldedLookup? foldedLookup;

    public PlaceFinder(IGazetteer gazetteer)
    {
        this.gazetteer = gazetteer;
        foldedLookup = gazetteer as IFoldedLookup;
    }

    public IReadOnlyList<PlaceMention> Find(string text, Func<int, int, bool> isMasked)
    {
        var words = WordSpans.Of(text);
        var raw = new List<(int Start, int End, IReadOnlyList<Place> Candidates)>();
        var maxWords = Math.Min(gazetteer.MaxNameWords, 6);
        var notPlaces = NotPlacesBySpan.Value;
        Span<char> key = stackalloc char[NameKey.MaxStackLength];
        for (var i = 0; i < words.Length; i++)
        {
            if (!char.IsUpper(text[words[i].Index]))
            {
                continue;
            }
            for (var n = Math.Min(maxWords, words.Length - i); n >= 1; n--)
            {
                var last = words[i + n - 1];
                if (n > 1 && !char.IsUpper(text[last.Index]) && !char.IsDigit(text[last.Index]))
                {
                    continue;
                }
                var start = words[i].Index;
                var end = last.Index + last.Length;
                if (text.AsSpan(start, end - start).Contains('\n') || (n > 1 && !SpanWordsOk(text, words, i, n)))
                {
                    continue;
                }
                // folded on the stack; the name is cut out of the text only for the candidates that pass
                var folded = NameKey.TryFold(text.AsSpan(start, end - start), key, out var keyLength);
                var notPlace = folded
                    ? notPlaces.Contains(key[..keyLength])
                    : NotPlaces.Value.Contains(TextFold.Fold(text.Substring(start, end - start)));
                if (notPlace || isMasked(start, end) || AfterTitle(text, start))
                {
                    continue;
                }
                if (i + n < words.Length && PartOfLongerName(text, end, words[i + n]))
                {
                    continue; // "Ouro Guelobe": "Ouro" alone would be another village
                }
                // Find(name) folds the name as TryFold just did: probing with that key is the same lookup
                var candidates = folded && foldedLookup is not null ? foldedLookup.FindFolded(key[..keyLength]) : gazetteer.Find(text[start..end]);
                if (candidates.Count == 0)
                {
                    if (n == 1 && text.AsSpan(start, end - start).Contains('-'))
                    {
                        AddHyphenParts(text, start, text[start..end], raw);
                    }
                    continue;
                }
                if (candidates.All(c => c.FeatureCode.StartsWith("PCL", StringComparison.Ordinal)) || Countries.ByName(text.AsSpan(start, end - start)) is not null)
                {
                    break; // countries are context (CountryMentions), not event locations
                }
                raw.Add((start, end, candidates));
                i += n - 1;
                break;
            }
        }
        if (text.Contains(" (", StringComparison.Ordinal))
        {
            AddSpellingVariants(text, raw, isMasked);
        }
        var mentions = new List<PlaceMention>(raw.Count);
        foreach (var (start, end, candidates) in raw)
        {
            mentions.Add(Relate(text, start, end, candidates));
        }
        return LinkBetween(text, mentions);
    }

    /// <summary>"the Ménaka-Anderamboukane road": a hyphenated pair the gazetteer lacks as one name is two places (a road between them).</summary>
    private void AddHyphenParts(string text, int start, string span, List<(int Start, int End, IReadOnlyList<Place> Candidates)> raw)
    {
        var parts = new List<(int Start, int End, IReadOnlyList<Place> Candidates)>();
        var at = 0;
        foreach (var part in span.Split('-'))
        {
            if (part.Length > 2 && char.IsUpper(part[0]) && !NotPlaces.Value.Contains(TextFold.Fold(part)) && gazetteer.Find(part) is { Count: > 0 } found
                && !found.All(c => c.FeatureCode.StartsWith("PCL", StringComparison.Ordinal)))
            {
                parts.Add((start + at, start + at + part.Length, found));
            }
            else
            {
                return; // "Tin-Tabakat" is one village the gazetteer lacks, not "Tin" and something
            }
            at += part.Length + 1;
        }
        if (!RouteWord().IsMatch(text.AsSpan(start + span.Length)) && !NearEachOther(parts))
        {
            return; // "Tin-Hama" is one village even though a "Tin" and a "Hama" lie 600 km apart
        }
        raw.AddRange(parts);
    }

    /// <summary>
    /// "Captain Ibrahim Traoré", "President Bazoum": a name after a title is a person, even where a
    /// village shares it. Only a capitalised word before the name can be a title or a first name, so the
    /// pattern runs only then.
    /// </summary>
    private static bool AfterTitle(string text, int start)
    {
        var k = start - 1;
        while (k >= 0 && text[k] == ' ')
        {
            k--;
        }
        var wordEnd = k;
        while (k >= 0 && (char.IsLetter(text[k]) || text[k] is '.' or '-'))
        {
            k--;
        }
        return wordEnd > k && char.IsUpper(text[k + 1]) && PersonTitleBeforeCued.IsMatch(Window.Before(text, start, 60));
    }

    /// <remarks>The title in any case ("army captain Ibrahim Traoré", "interim president Damiba"); the names capitalised.</remarks>
    [GeneratedRegex(@"\b(?i:President|Captain|Capt|Colonel|Col|Lieutenant|Lt|General|Gen|Commander|Major|Sergeant|Minister|Mr|Mrs|Ms|Dr|Imam|Sheikh|Cheikh|Governor|Prefect|Mayor|Emir|Sultan|Pope|King|Prince|Senator|Judge|Father|Bishop|Abbé|Abbe)\.?\s+(?:[A-Z][\p{L}'’-]+\s+){0,2}$")]
    private static partial Regex PersonTitleBefore();

    /// <summary>Two towns joined by a hyphen name a road between them only if some pair of their namesakes lies within a day's drive.</summary>
    private static bool NearEachOther(List<(int Start, int End, IReadOnlyList<Place> Candidates)> parts)
    {
        for (var k = 1; k < parts.Count; k++)
        {
            var near = parts[k - 1].Candidates.Where(c => c.IsPopulated || c.IsAdministrative)
                .Any(a => parts[k].Candidates.Where(c => c.IsPopulated || c.IsAdministrative).Any(b => Geo.DistanceKm(a.Latitude, a.Longitude, b.Latitude, b.Longitude) <= 250));
            if (!near)
            {
                return false;
            }
        }
        return true;
    }

    [GeneratedRegex(@"^\s+(?:road|axis|route|highway|track|corridor|stretch|section|trunk)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RouteWord();

    /// <summary>
    /// ACLED's "Dogofry (Dogofry, Niono)": a village the gazetteer lacks as spelled, followed by the units it
    /// lies in. Its other spellings (<see cref="SpellingVariants"/>) are looked up, and a variant counts only
    /// where it lies in a unit the bracket names or within 60 km of a place the bracket names, so a
    /// respelling never moves an event to a namesake elsewhere.
    /// </summary>
    private void AddSpellingVariants(string text, List<(int Start, int End, IReadOnlyList<Place> Candidates)> raw, Func<int, int, bool> isMasked)
    {
        for (var open = text.IndexOf(" (", StringComparison.Ordinal); open > 0; open = text.IndexOf(" (", open + 2, StringComparison.Ordinal))
        {
            var close = text.IndexOf(')', open);
            var start = open;
            while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '-' or '\''))
            {
                start--;
            }
            if (close < 0 || start == open || !char.IsUpper(text[start]) || isMasked(start, open) || raw.Any(r => r.Start <= start && r.End >= open))
            {
                continue;
            }
            var bracket = raw.Where(r => r.Start > open && r.End <= close).ToList();
            if (bracket.Count == 0)
            {
                continue;
            }
            var units = bracket.Select(r => TextFold.Fold(text.AsSpan(r.Start, r.End - r.Start))).ToHashSet(StringComparer.Ordinal);
            foreach (var variant in SpellingVariants.Of(text[start..open]))
            {
                var inside = gazetteer.Find(variant).Where(c => c.IsPopulated && (Named(c.Admin2, units) || Named(c.Admin1, units)
                    || bracket.Any(b => b.Candidates.Any(u => Geo.DistanceKm(u.Latitude, u.Longitude, c.Latitude, c.Longitude) <= 60)))).ToList();
                if (inside.Count > 0)
                {
                    var at = raw.FindIndex(r => r.Start > start);
                    raw.Insert(at < 0 ? raw.Count : at, (start, open, inside));
                    break;
                }
            }
        }

        static bool Named(string? admin, HashSet<string> units) => admin is not null && units.Contains(TextFold.Fold(admin));
    }

    private static readonly HashSet<string> NameContinuations = new(StringComparer.OrdinalIgnoreCase)
    {
        "region", "province", "cercle", "department", "commune", "district", "prefecture", "state", "river", "town", "village", "city", "airport", "camp", "road", "border", "area", "zone", "market", "on", "in", "and", "or", "is", "was", "the", "of",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NameContinuationsBySpan = NameContinuations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A capitalised word right after the match continues a longer proper name the gazetteer lacks.</summary>
    private static bool PartOfLongerName(string text, int end, WordSpan nextWord)
    {
        if (nextWord.Index != end + 1 || text[end] != ' ' || !char.IsUpper(text[nextWord.Index]))
        {
            return false;
        }
        var next = nextWord.In(text);
        return !NameContinuationsBySpan.Contains(next) && !Countries.IsCountryWord(next) && next.Length > 1 && !AllUpper(next);
    }

    private static bool AllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }
        return true;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectorsBySpan = Connectors.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the word, lower-cased as string.ToLowerInvariant does, is a connector ("de", "al"); lower-cased on the stack.</summary>
    private static bool IsConnector(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[8];
        return word.Length <= lower.Length && ConnectorsBySpan.Contains(lower[..word.ToLowerInvariant(lower)]);
    }

    private static bool SpanWordsOk(string text, WordSpan[] words, int i, int n)
    {
        for (var k = i; k < i + n; k++)
        {
            var w = words[k].In(text);
            if (!char.IsUpper(w[0]) && !char.IsDigit(w[0]) && !IsConnector(w))
            {
                return false;
            }
            if (k > i)
            {
                var gapStart = words[k - 1].Index + words[k - 1].Length;
                var gap = words[k].Index - gapStart;
                // words of one name are separated by a space or a hyphen: "Kouri (Kouri" is two mentions
                if (gap > 2 || gap == 2 && !(words[k].Length > 0 && text[gapStart] == ' ' && text[gapStart + 1] == ' '))
                {
                    return false;
                }
                if (gap >= 1 && text[gapStart] is not (' ' or '-'))
                {
                    return false;
                }
            }
        }
        return true;
    }

    private static PlaceMention Relate(string text, int start, int end, IReadOnlyList<Place> candidates)
    {
        var before = Window.Before(text, start, 90);
        var name = text[start..end];
        var saysAdmin = AdminAfter().IsMatch(Window.After(text, end, 30)) || AdminBeforeCued.IsMatch(before);
        if (saysAdmin || InParenthesesAfterPlace(text, start, end))
        {
            return new PlaceMention(start, end, name, candidates, PlaceRelation.Context, SaysAdministrative: saysAdmin, NamesUnit: AfterBracketComma(text, start));
        }
        var offset = before.IndexOfAny(DistanceUnits) >= 0 ? Offset().Match(text[(start - before.Length)..start]) : Match.Empty;
        if (offset.Success)
        {
            var km = Numbers.NumberWords.Parse(offset.Groups["n"].Value) ?? 0;
            if (offset.Groups["u"].Value.StartsWith("mile", StringComparison.OrdinalIgnoreCase))
            {
                km *= 1.609;
            }
            return new PlaceMention(start, end, name, candidates, PlaceRelation.Offset, km, Bearing(offset.Groups["d"].Value));
        }
        if (NearCued.IsMatch(before))
        {
            return new PlaceMention(start, end, name, candidates, PlaceRelation.Near);
        }
        return new PlaceMention(start, end, name, candidates, PlaceRelation.At);
    }

    // the words some alternative of each pattern contains; see CuedPattern
    private static readonly CuedPattern PersonTitleBeforeCued = new(PersonTitleBefore(), "President", "Capt", "Col", "Lieutenant", "Lt", "Gen", "Commander", "Major", "Sergeant", "Minister", "Mr", "Ms", "Dr", "Imam", "heikh", "Governor", "Prefect", "Mayor", "Emir", "Sultan", "Pope", "King", "Prince", "Senator", "Judge", "Father", "Bishop", "Abb");
    private static readonly CuedPattern AdminBeforeCued = new(AdminBefore(), "region", "province", "cercle", "department", "commune", "district");
    private static readonly CuedPattern NearCued = new(Near(), "near", "close to", "outside", "outskirts of", "vicinity of", "around", "not far from", "on the road ", "on the edge of", "area of", "surroundings of", "environs of", "on the way to", "en route to", "road to", "approaches to");

    /// <summary>Words that must precede a distance ("75 km north of"): most places have none, and then the distance pattern is not tried.</summary>
    private static readonly System.Buffers.SearchValues<string> DistanceUnits = System.Buffers.SearchValues.Create(["km", "kilomet", "mile"], StringComparison.OrdinalIgnoreCase);

    /// <summary>"Bérimbé (Bankass cercle)", "Diafarabé (Diafarabé, Ténenkou)": a bracket holds admin context or a second spelling.</summary>
    private static bool InParenthesesAfterPlace(string text, int start, int end)
    {
        var open = text.LastIndexOf('(', start);
        if (open <= 0)
        {
            return false;
        }
        var close = text.IndexOf(')', open);
        return close >= end && text.IndexOf(')', open, start - open) < 0;
    }

    /// <summary>"(Tanwalbougou, Gourma)": the name follows a comma inside its bracket.</summary>
    private static bool AfterBracketComma(string text, int start)
    {
        var open = text.LastIndexOf('(', start);
        return open >= 0 && text.IndexOf(',', open, start - open) >= 0;
    }

    private static List<PlaceMention> LinkBetween(string text, List<PlaceMention> mentions)
    {
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var a = mentions[i];
            var b = mentions[i + 1];
            if (a.Relation is PlaceRelation.Context || b.Relation is PlaceRelation.Context)
            {
                continue;
            }
            var gap = text.AsSpan(a.End, b.Start - a.End);
            var before = Window.Before(text, a.Start, 40);
            if ((gap.Trim() is "and" or "-" or "–" or "—" or "to") && BetweenBefore().IsMatch(before))
            {
                mentions[i] = a with { Relation = PlaceRelation.Between, Other = b, End = b.End, Text = text[a.Start..b.End] };
                mentions.RemoveAt(i + 1);
            }
            else if (gap is "-" or "–" && RoadAfter().IsMatch(Window.After(text, b.End, 12)))
            {
                mentions[i] = a with { Relation = PlaceRelation.Between, Other = b, End = b.End, Text = text[a.Start..b.End] };
                mentions.RemoveAt(i + 1);
            }
        }
        return mentions;
    }

    private static double Bearing(string direction)
    {
        var d = direction.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return d switch
        {
            "north" => 0,
            "northnortheast" => 22.5,
            "northeast" => 45,
            "eastnortheast" => 67.5,
            "east" => 90,
            "eastsoutheast" => 112.5,
            "southeast" => 135,
            "southsoutheast" => 157.5,
            "south" => 180,
            "southsouthwest" => 202.5,
            "southwest" => 225,
            "westsouthwest" => 247.5,
            "west" => 270,
            "westnorthwest" => 292.5,
            "northwest" => 315,
            "northnorthwest" => 337.5,
            _ => 0,
        };
    }

    [GeneratedRegex(@"^\s*(?:region|province|cercle|department|département|commune|district|prefecture|préfecture|state|governorate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AdminAfter();

    [GeneratedRegex(@"\b(?:the\s+)(?:region|province|cercle|department|commune|district)\s+of\s+$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex AdminBefore();

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a few)\s*(?<u>km|kms|kilometers|kilometres|kilometer|kilometre|miles|mile)\s+(?:to\s+the\s+|further\s+)?(?<d>(?:north|south|east|west)(?:[- ]?(?:north|south|east|west)){0,2})\s+of\s+(?:the\s+)?(?:[\p{Ll}\s,'’-]{0,60}?(?:,\s*)?(?:the\s+)?(?:town|village|city|locality|hamlet|commune|capital|regional capital)?\s*(?:of\s+)?)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex Offset();

    [GeneratedRegex(@"\b(?:near|close to|outside|outskirts of|vicinity of|around|not far from|on the road (?:to|from|near)|on the edge of|area of|surroundings of|environs of|on the way to|en route to|road to|approaches to)\s+(?:the\s+)?(?:town\s+of\s+|village\s+of\s+|city\s+of\s+|capital,?\s+|capital\s+city,?\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex Near();

    [GeneratedRegex(@"\bbetween\s+(?:the\s+)?(?:towns?\s+of\s+|villages?\s+of\s+|localities\s+of\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex BetweenBefore();

    [GeneratedRegex(@"^\s*(?:road|highway|axis|route)", RegexOptions.IgnoreCase)]
    private static partial Regex RoadAfter();
}
