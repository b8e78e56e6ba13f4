using System.Text.RegularExpressions;

namespace ConflictWatch.Extraction.Events;

/// <summary>
/// Finds event triggers (data/lexicon/triggers.tsv) in a clause; several frames may fire on one clause.
/// Each frame's pattern is tried only at the words whose first two letters can start it (see
/// <see cref="PatternStarts"/>), anchored there, so a clause costs one pass over its words plus a
/// few anchored attempts rather than one full scan per frame.
/// </summary>
public sealed partial class TriggerFinder
{
    private readonly List<(Frame Frame, TieredPattern Anchored, TieredPattern? Scanning)> patterns = [];

    /// <summary>How many leading characters of a pattern are worked out: enough to tell "the bomb" from "the".</summary>
    private const int StartLength = 6;

    /// <summary>By a word's first two lower-case characters: the starts that may follow, each with its frames (as bits).</summary>
    private readonly Dictionary<int, List<(string Start, ulong Frames)>> byStart = [];

    /// <summary>The same lists for two ASCII characters, by <see cref="AsciiKey"/>: an array index instead of a hash probe per word.</summary>
    private readonly List<(string Start, ulong Frames)>?[] byAsciiStart = new List<(string, ulong)>?[128 * 128];

    /// <summary>
    /// The same starts again, each as its characters after the first two packed 16 bits apiece into
    /// a ulong (a start has at most <see cref="StartLength"/> characters, so four remain): a word is
    /// then compared with a whole list by one packing of its next four characters, lower-cased,
    /// and a mask and compare per start, instead of a character loop per start.
    /// </summary>
    private readonly (ulong Packed, ulong Mask, int Length, ulong Frames)[]?[] packedAsciiStart = new (ulong, ulong, int, ulong)[]?[128 * 128];

    /// <summary>Frames that may start at a word beginning with this character, whatever follows.</summary>
    private readonly ulong[] byFirst = new ulong[128];

    /// <summary>Frames whose start could not be worked out: scanned over the whole clause.</summary>
    private readonly ulong anywhere;

    public TriggerFinder()
    {
        foreach (var row in DataFiles.Tsv("lexicon/triggers.tsv"))
        {
            var frame = Enum.Parse<Frame>(row[0]);
            // a leading '=' makes one alternative case-sensitive ("=IED" must not match "died")
            var alternatives = TopLevelAlternatives(row[1]).ToList();
            var pattern = string.Join("|", alternatives.Select(a => a.StartsWith('=') ? $"(?-i:{a[1..]})" : a));
            var bit = patterns.Count < 64 ? 1UL << patterns.Count : 0;
            if (bit == 0)
            {
                throw new InvalidOperationException("triggers.tsv: more than 64 frames");
            }
            var starts = PatternStarts.Of(pattern, StartLength);
            foreach (var start in starts)
            {
                if (start.Length == 0 || !char.IsAsciiLetterOrDigit(start[0]))
                {
                    anywhere |= bit;
                }
                else if (start.Length == 1)
                {
                    byFirst[start[0]] |= bit;
                }
                else
                {
                    var list = byStart.TryGetValue(Key(start[0], start[1]), out var l) ? l : byStart[Key(start[0], start[1])] = [];
                    var at = list.FindIndex(e => e.Start == start);
                    if (at < 0)
                    {
                        list.Add((start, bit));
                    }
                    else
                    {
                        list[at] = (start, list[at].Frames | bit);
                    }
                }
            }
            const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
            var scanning = (anywhere & bit) != 0 ? new TieredPattern($@"\b(?:{pattern})(?![\p{{L}}])", options) : null;
            patterns.Add((frame, new TieredPattern($@"\G\b(?:{pattern})(?![\p{{L}}])", options), scanning));
        }
        foreach (var (key, list) in byStart)
        {
            if (key >> 16 < 128 && (key & 0xFFFF) < 128)
            {
                byAsciiStart[AsciiKey((char)(key >> 16), (char)(key & 0xFFFF))] = list;
                if (list.TrueForAll(e => e.Start.Length <= StartLength))
                {
                    packedAsciiStart[AsciiKey((char)(key >> 16), (char)(key & 0xFFFF))] = [.. list.Select(e => (Pack(e.Start.AsSpan(2)), Pack(new string('\uFFFF', e.Start.Length - 2)), e.Start.Length - 2, e.Frames))];
                }
            }
        }
    }

    private static int Key(char a, char b) => a << 16 | b;

    /// <summary>Up to four characters, 16 bits each, the first lowest.</summary>
    private static ulong Pack(ReadOnlySpan<char> chars)
    {
        var packed = 0UL;
        for (var k = 0; k < chars.Length && k < 4; k++)
        {
            packed |= (ulong)chars[k] << (16 * k);
        }
        return packed;
    }

    /// <summary>The (up to) four characters after the first two of the word at <paramref name="i"/>, lower-cased as <see cref="StartsWith"/> compares them, packed as <see cref="Pack"/> packs a start's.</summary>
    private static ulong PackedRest(string text, int i)
    {
        var packed = 0UL;
        for (var k = 0; k < 4 && i + 2 + k < text.Length; k++)
        {
            packed |= (ulong)Lower(text[i + 2 + k]) << (16 * k);
        }
        return packed;
    }

    private static int AsciiKey(char a, char b) => a << 7 | b;

    /// <summary>Whether the text at <paramref name="i"/> begins with <paramref name="start"/> (lower case), ignoring case as the patterns do.</summary>
    private static bool StartsWith(string text, int i, string start)
    {
        if (text.Length - i < start.Length)
        {
            return false;
        }
        for (var k = 2; k < start.Length; k++)
        {
            if (Lower(text[i + k]) != start[k])
            {
                return false;
            }
        }
        return true;
    }

    private static char Lower(char c) => c < 128 ? (char)(c | (char.IsAsciiLetterUpper(c) ? 0x20 : 0)) : char.ToLowerInvariant(c);

    private static readonly HashSet<string> PluralNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "attacks", "raids", "kidnappings", "abductions", "killings", "strikes", "ambushes", "clashes", "massacres", "executions", "battles", "arrests", "protests", "demonstrations", "riots", "explosions",
    };

    private static readonly HashSet<string> ReciprocalNouns = new(StringComparer.OrdinalIgnoreCase) { "clashes", "clash", "battles", "fighting", "skirmishes" };

    private static readonly HashSet<string> ClashFollowers = new(StringComparer.OrdinalIgnoreCase) { "between", "erupted", "broke", "took", "left", "killed", "opposed", "pitted", "involving", "ongoing", "reported", "occurred", "raged" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClashFollowersBySpan = ClashFollowers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> SingularNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "attack", "raid", "ambush", "kidnapping", "abduction", "clash", "battle", "killing", "massacre", "execution", "assault", "arrest", "strike", "explosion", "blast",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "this", "that", "such", "more", "frequent", "another", "any", "every", "of", "similar", "deadly", "latest", "recent", "first", "second", "third", "by", "for", "its", "their", "his", "major", "large", "new", "further", "future", "possible", "planned", "terrorist", "jihadist", "militant", "retaliatory", "counter", "bomb", "suicide", "armed", "to", "repeated", "many", "no", "fewer", "most", "other", "those", "these", "in", "after", "before", "against",
    };

    /// <summary>"ground attack aircraft", "strike force": the trigger word modifies a noun.</summary>
    private static readonly HashSet<string> CompoundHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "aircraft", "helicopter", "helicopters", "drones", "drone", "jets", "planes", "capability", "capabilities", "force", "forces", "group", "groups", "dogs", "unit", "units", "team", "teams", "squad", "rifle", "rifles",
    };

    private static readonly HashSet<string> ObjectStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "dozens", "villagers", "civilians", "soldiers", "troops", "an", "their", "its", "his", "her", "people", "police", "army", "military", "villages", "positions",
    };

    /// <summary>
    /// "more attacks on the border", "an attack", "the kidnappings": a trigger used as a noun in
    /// background or trend talk opens no event. Verb uses keep their object ("attacks a post").
    /// </summary>
    private static bool IsNounUse(string text, int index, string word)
    {
        if (word.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }
        // the words either side as spans of the text (empty: none), looked up without cutting them out
        var next = NextWord(text, index + word.Length);
        var prev = PrevWord(text, index);
        if (prev is "of" or "for" && (next.Length > 0 && (char.IsDigit(next[0]) || next is "at" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "dozens" or "some" or "about"))
            && AccusedOf(text, index))
        {
            // "accused of killing 7 herders": a deed charged, with its toll; "are still accused of killing civilians
            // during sweeps" is a charge of habit, not one event
            return false;
        }
        if (next.Length > 0 && ReciprocalNouns.Contains(word) && ClashFollowersBySpan.Contains(next))
        {
            return false; // "clashes between JNIM and ISGS left 12 dead": ACLED's notes report fights this way
        }
        if (PluralNouns.Contains(word))
        {
            var verbLike = next.Length > 0 && (ObjectStartsBySpan.Contains(next) || char.IsUpper(next[0]) || char.IsDigit(next[0])) && !DeterminersBySpan.Contains(prev);
            return !verbLike;
        }
        if (SingularNouns.Contains(word))
        {
            if (prev is "a" or "an" && next is "on" or "against" or "by" && ReportsOne(text, index, prev) || prev is "another" && next is "on" or "against" or "near" or "in" or "at"
                || TollGivenFor(text, index))
            {
                // (and the one a toll is given for: "the toll from Sunday's attack on a gendarmerie post in Inata has risen to 53")
                // a new event, not talk of one: "JNIM claimed an attack on an army base", "killed in an ambush on
                // their convoy", and the next of a series, "another ambush, near Tin-Akoff, left 15 soldiers dead"
                return false;
            }
            return prev.Length > 0 && DeterminersBySpan.Contains(prev) || next.Length > 0 && CompoundHeadsBySpan.Contains(next);
        }
        if (word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && prev is "by" or "of" or "for" or "from" or "on" or "about")
        {
            return true; // "by attacking the convoys": a means, stated as strategy
        }
        return false;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ObjectStartsBySpan = ObjectStarts.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DeterminersBySpan = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CompoundHeadsBySpan = CompoundHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    private static ReadOnlySpan<char> NextWord(string text, int i)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }
        var start = i;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '-'))
        {
            i++;
        }
        return text.AsSpan(start, i - start);
    }

    /// <summary>The word before the article is a verb that reports a happening: claimed, launched, carried out, repelled, or "in".</summary>
    /// <summary>Whether the words before the noun at <paramref name="index"/> give a toll for it: "the toll from Sunday's attack".</summary>
    private static bool TollGivenFor(string text, int index)
    {
        var before = text.AsSpan(Math.Max(0, index - 50), Math.Min(50, index));
        return TollWord.In(before) && TollOf().IsMatch(before);
    }

    private static readonly Segmentation.Cue TollWord = new("toll");

    /// <summary>Whether a charge comes before the deed at <paramref name="index"/>: "(were) accused of killing", "blamed them for killing".</summary>
    private static bool AccusedOf(string text, int index)
    {
        var before = text.AsSpan(Math.Max(0, index - 60), Math.Min(60, index));
        return Charge.In(before) && ChargedWith().IsMatch(before);
    }

    private static readonly Segmentation.Cue Charge = new("accus", "suspected", "blamed", "responsib", "guilty", "charged", "convicted");

    [GeneratedRegex(@"\b(?:accused|accusing|accuse|suspected|blamed|blaming|responsible|guilty|charged|convicted)\b[^.;]{0,40}?\b(?:of|for)\s+$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex ChargedWith();

    [GeneratedRegex(@"\btoll (?:from|of|in) (?:the |this |that |last \w+['’]s |\w+['’]s )?(?:\w+ )?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex TollOf();

    private static bool ReportsOne(string text, int index, ReadOnlySpan<char> article)
    {
        var k = index - 1;
        while (k >= 0 && text[k] == ' ')
        {
            k--;
        }
        var verb = PrevWord(text, k - article.Length + 1);
        return verb is "claimed" or "launched" or "out" or "conducted" or "staged" or "mounted" or "repelled" or "repulsed" or "foiled" or "in" or "during"
            || verb is "of" && TargetOf(text, k - article.Length + 1);
    }

    /// <summary>"an army post ... was the target of an attack by militants": the object of one attack.</summary>
    private static bool TargetOf(string text, int articleStart)
    {
        var before = text.AsSpan(0, Math.Max(0, articleStart)).TrimEnd();
        before = before[..Math.Max(0, before.Length - 2)].TrimEnd(); // the "of"
        return before.EndsWith("target", StringComparison.OrdinalIgnoreCase) || before.EndsWith("targets", StringComparison.OrdinalIgnoreCase) || before.EndsWith("victim", StringComparison.OrdinalIgnoreCase) || before.EndsWith("victims", StringComparison.OrdinalIgnoreCase);
    }

    private static ReadOnlySpan<char> PrevWord(string text, int i)
    {
        i--;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }
        var end = i + 1;
        while (i >= 0 && (char.IsLetterOrDigit(text[i]) || text[i] == '-'))
        {
            i--;
        }
        return text.AsSpan(i + 1, end - (i + 1));
    }

    private static IEnumerable<string> TopLevelAlternatives(string pattern)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    yield return pattern[start..i];
                    start = i + 1;
                    break;
            }
        }
        yield return pattern[start..];
    }

    /// <summary>A per-thread scratch list for the candidate words of one clause.</summary>
    [ThreadStatic]
    private static List<(int Pos, ulong Frames)>? scratch;

    public IReadOnlyList<Trigger> Find(string text)
    {
        // the words at which some frame may start, with the frames that may
        var candidates = scratch ??= new List<(int, ulong)>(32);
        candidates.Clear();
        var any = 0UL;
        var previousIsWord = false;
        for (var block = 0; block < text.Length; block += 64)
        {
            for (var starts = Segmentation.WordStarts.Bits(text, block, ref previousIsWord); starts != 0; starts &= starts - 1)
            {
                AddCandidate(text, block + System.Numerics.BitOperations.TrailingZeroCount(starts), candidates, ref any);
            }
        }
        return Match(text, candidates, any);
    }

    /// <summary>The frames that may start at the word beginning at <paramref name="i"/>, added to the candidates when there are any.</summary>
    private void AddCandidate(string text, int i, List<(int Pos, ulong Frames)> candidates, ref ulong any)
    {
        var c = text[i];
        var a = Lower(c);
        var frames = 0UL;
        if (a < 128)
        {
            frames |= byFirst[a];
            var b = i + 1 < text.Length ? Lower(text[i + 1]) : '\0';
            var packedStarts = i + 1 < text.Length && b < 128 ? packedAsciiStart[AsciiKey(a, b)] : null;
            if (packedStarts is not null)
            {
                // a start matches when the text has its length and the same characters after the first two
                var rest = PackedRest(text, i);
                var room = text.Length - i - 2;
                foreach (var (packed, mask, length, bits) in packedStarts)
                {
                    if ((frames & bits) != bits && length <= room && (rest & mask) == packed)
                    {
                        frames |= bits;
                    }
                }
            }
            else if ((i + 1 >= text.Length ? null : b < 128 ? byAsciiStart[AsciiKey(a, b)] : byStart.GetValueOrDefault(Key(a, b))) is { } starts)
            {
                foreach (var (start, bits) in starts)
                {
                    if ((frames & bits) != bits && StartsWith(text, i, start))
                    {
                        frames |= bits;
                    }
                }
            }
        }
        if (frames != 0)
        {
            candidates.Add((i, frames));
            any |= frames;
        }
    }

    /// <summary>Each frame that may start somewhere, tried anchored at those candidates (or scanned, for frames whose start is not known).</summary>
    private List<Trigger> Match(string text, List<(int Pos, ulong Frames)> candidates, ulong any)
    {
        var result = new List<Trigger>();
        any |= anywhere;
        for (var f = 0; f < patterns.Count && any != 0; f++)
        {
            var bit = 1UL << f;
            if ((any & bit) == 0)
            {
                continue;
            }
            var (frame, anchored, scanning) = patterns[f];
            if (scanning is not null)
            {
                foreach (var m in scanning.Regex.EnumerateMatches(text))
                {
                    var word = text.Substring(m.Index, m.Length);
                    if (!IsNounUse(text, m.Index, word))
                    {
                        result.Add(new Trigger(frame, m.Index, m.Index + m.Length, word));
                    }
                }
                continue;
            }
            var lastEnd = 0;
            foreach (var (pos, frames) in candidates)
            {
                if ((frames & bit) == 0 || pos < lastEnd)
                {
                    continue;
                }
                // \G anchors the attempt at pos; the span overload reports where without a Match object
                var attempt = anchored.Regex.EnumerateMatches(text, pos);
                if (!attempt.MoveNext())
                {
                    continue;
                }
                var m = attempt.Current;
                lastEnd = m.Index + m.Length;
                var word = text.Substring(m.Index, m.Length);
                if (IsNounUse(text, m.Index, word))
                {
                    continue;
                }
                result.Add(new Trigger(frame, m.Index, m.Index + m.Length, word));
            }
        }
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }
}
