using System.Text.RegularExpressions;
using ConflictWatch.Core;
using ConflictWatch.Extraction.Places;
using ConflictWatch.Extraction.Segmentation;

namespace ConflictWatch.Extraction.Actors;

/// <summary>
/// Finds actor mentions in a sentence: registry names and aliases first (longest wins), then
/// generic descriptors in what is left, each with the country of a demonym or country name
/// just before it ("Nigerien soldiers", "Burkina Faso army", "a French journalist").
/// </summary>
public sealed partial class ActorFinder : IActorFinder
{
    private readonly Dictionary<string, Actor> named = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Actor> namedExactCase = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (ActorRole Role, string Template, int Inter)> descriptors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (ActorRole Role, string Template, int Inter)> descriptorsExactCase = new(StringComparer.Ordinal);
    private readonly HashSet<string> firstWords = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> firstWordsBySpan;
    private readonly Dictionary<string, Actor>.AlternateLookup<ReadOnlySpan<char>> namedBySpan;
    private readonly Dictionary<string, Actor>.AlternateLookup<ReadOnlySpan<char>> namedExactCaseBySpan;
    private readonly Dictionary<string, (ActorRole Role, string Template, int Inter)>.AlternateLookup<ReadOnlySpan<char>> descriptorsBySpan;
    private readonly Dictionary<string, (ActorRole Role, string Template, int Inter)>.AlternateLookup<ReadOnlySpan<char>> descriptorsExactCaseBySpan;
    private int maxWords;

    /// <summary>
    /// The word-boundary prefixes of every folded and every exact-case name ("islamic", "islamic state"
    /// for "islamic state sahel province"). A candidate stops growing at the first word its key is no
    /// prefix of, so a start word costs one or two probes instead of one per length up to the longest name.
    /// </summary>
    private readonly HashSet<string> foldedPrefixes = new(StringComparer.Ordinal);
    private readonly HashSet<string> exactPrefixes = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> foldedPrefixesBySpan;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> exactPrefixesBySpan;

    private static readonly HashSet<string> Skippable = new(StringComparer.OrdinalIgnoreCase)
    {
        "suspected", "unidentified", "unknown", "armed", "alleged", "presumed", "heavily", "local", "several", "some", "other", "of", "the", "a", "an", "two", "three", "four", "five",
        "his", "their", "its", "young", "displaced", "innocent", "at", "least", "many", "more", "than", "hundreds", "dozens", "tens", "about", "around", "over", "all", "and",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SkippableBySpan = Skippable.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Names are matched as word n-grams of folded text ("Jamâ’ah Nusrah" = "jamaah nusrah"), which is
    /// both accent-proof and fast: a dictionary probe per candidate n-gram, started only at words that
    /// begin some name.
    /// </summary>
    public ActorFinder(ActorRegistry registry)
    {
        firstWordsBySpan = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        namedBySpan = named.GetAlternateLookup<ReadOnlySpan<char>>();
        namedExactCaseBySpan = namedExactCase.GetAlternateLookup<ReadOnlySpan<char>>();
        descriptorsBySpan = descriptors.GetAlternateLookup<ReadOnlySpan<char>>();
        descriptorsExactCaseBySpan = descriptorsExactCase.GetAlternateLookup<ReadOnlySpan<char>>();
        foldedPrefixesBySpan = foldedPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        exactPrefixesBySpan = exactPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (alias, exact, actor) in registry.Aliases)
        {
            Register(alias, exact, actor, named, namedExactCase);
        }
        foreach (var (d, exact, role, template, inter) in registry.Descriptors)
        {
            Register(d, exact, (role, template, inter), descriptors, descriptorsExactCase);
        }
    }

    private void Register<T>(string name, bool exact, T value, Dictionary<string, T> folded, Dictionary<string, T> exactCase)
    {
        var key = TextFold.Fold(name);
        if (key.Length == 0)
        {
            return;
        }
        if (exact)
        {
            var raw = string.Join(' ', WordSpans.Of(name).Select(w => name.Substring(w.Index, w.Length)));
            exactCase.TryAdd(raw, value);
            AddPrefixes(raw, exactPrefixes);
        }
        else
        {
            folded.TryAdd(key, value);
            AddPrefixes(key, foldedPrefixes);
        }
        var first = key.Split(' ')[0];
        firstWords.Add(first);
        if (first.Length >= 2)
        {
            // non-ASCII pairs share a slot with some ASCII pair: that only lets more words through
            firstPairs[Pair(first[0], first[1])] = true;
        }
        if (first.Length >= 3 && first.AsSpan(0, 3).ContainsAnyExcept(LowerAlnum) is false)
        {
            firstTriples[Triple(first[0], first[1], first[2])] = true;
        }
        maxWords = Math.Max(maxWords, key.Split(' ').Length);
    }

    /// <summary>"ISSP's strategy": the name without its possessive ending (words keep their apostrophes).</summary>
    private static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> word) =>
        word.Length > 2 && word[^1] is 's' && word[^2] is '\'' or '’' ? word[..^2] : word;

    private static void AddPrefixes(string key, HashSet<string> prefixes)
    {
        for (var j = key.IndexOf(' ', StringComparison.Ordinal); j > 0; j = key.IndexOf(' ', j + 1))
        {
            prefixes.Add(key[..j]);
        }
    }

    public IReadOnlyList<ActorMention> Find(string text)
    {
        var words = WordSpans.Of(text);
        var found = new List<ActorMention>();
        var takenWords = new bool[words.Length];
        var starts = new bool[words.Length];
        var anyStart = false;
        for (var i = 0; i < words.Length; i++)
        {
            starts[i] = StartsName(text, words[i]) && !(i > 0 && text[words[i].Index - 1] == '-');
            anyStart |= starts[i];
        }
        if (!anyStart)
        {
            return found;
        }
        // registry names first, anywhere in the sentence; descriptors only in what they leave
        var descriptorHits = new List<(int I, int N, (ActorRole Role, string Template, int Inter) Info)>();
        var spans = new int[words.Length];
        ScanNames(text, words, starts, takenWords, found, descriptorHits, spans);
        for (var i = 0; i < words.Length; i++)
        {
            if (takenWords[i] || !starts[i])
            {
                continue;
            }
            for (var n = spans[i]; n >= 1; n--)
            {
                if (AnyTaken(takenWords, i, n) || n > 1 && Gap(text, words[i + n - 2], words[i + n - 1]) || !DescriptorAt(descriptorHits, i, n, out var info))
                {
                    continue;
                }
                var m = words[i];
                if (info.Role == ActorRole.State && n == 1 && m.In(text) is "Forces" or "State")
                {
                    continue;
                }
                var end = words[i + n - 1].End;
                var (country, start) = CountryBefore(text, m.Index);
                if (country is null && CountryAfter(text, end) is { } after)
                {
                    // "military forces of Mali", "the government of Niger"
                    (country, end) = after;
                }
                found.Add(new ActorMention(start, end, text[start..end], info.Role, null, info.Template, info.Inter, country));
                Array.Fill(takenWords, true, i, n);
                i += n - 1;
                break;
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>Whether words i to i+n-1 are a descriptor, as <see cref="ScanNames"/> recorded.</summary>
    private static bool DescriptorAt(List<(int I, int N, (ActorRole, string, int) Info)> hits, int i, int n, out (ActorRole Role, string Template, int Inter) info)
    {
        foreach (var h in hits)
        {
            if (h.I == i && h.N == n)
            {
                info = h.Info;
                return true;
            }
        }
        info = default;
        return false;
    }

    /// <summary>
    /// The first characters of every first word of a name, for words that begin with two ASCII
    /// letters or digits (which fold to themselves in lower case): most words are turned away by this
    /// table without folding the word or probing the set.
    /// </summary>
    private readonly bool[] firstPairs = new bool[128 * 128];

    private static int Pair(char a, char b) => (a & 127) << 7 | b & 127;

    /// <summary>
    /// The same for the first three characters, for words that begin with three ASCII letters or
    /// digits: a word like that folds to a first word of at least three characters beginning with them,
    /// so only first words with three such characters can be it.
    /// </summary>
    private readonly bool[] firstTriples = new bool[36 * 36 * 36];

    private static readonly System.Buffers.SearchValues<char> LowerAlnum = System.Buffers.SearchValues.Create("0123456789abcdefghijklmnopqrstuvwxyz");

    private static int Code(char lower) => lower <= '9' ? lower - '0' : lower - 'a' + 10;

    private static int Triple(char a, char b, char c) => (Code(a) * 36 + Code(b)) * 36 + Code(c);

    /// <summary>Whether the word's folded first part ("al" of "al-Qaeda") begins some name, without allocating for plain words.</summary>
    private bool StartsName(string text, WordSpan word)
    {
        if (word.Length >= 2 && char.IsAsciiLetterOrDigit(text[word.Index]) && char.IsAsciiLetterOrDigit(text[word.Index + 1]))
        {
            var a = char.ToLowerInvariant(text[word.Index]);
            var b = char.ToLowerInvariant(text[word.Index + 1]);
            if (!firstPairs[Pair(a, b)]
                || word.Length >= 3 && char.IsAsciiLetterOrDigit(text[word.Index + 2]) && !firstTriples[Triple(a, b, char.ToLowerInvariant(text[word.Index + 2]))])
            {
                return false;
            }
        }
        Span<char> buffer = stackalloc char[NameKey.MaxStackLength];
        if (!NameKey.TryFold(word.In(text), buffer, out var length))
        {
            return firstWords.Contains(TextFold.Fold(word.In(text)).Split(' ')[0]);
        }
        var first = buffer[..length];
        var space = first.IndexOf(' ');
        return firstWordsBySpan.Contains(space < 0 ? first : first[..space]);
    }

    /// <summary>Longest characters of a candidate name; longer word runs are cut to what fits.</summary>
    private const int MaxKey = 256;

    /// <summary>
    /// The registry names: longest n-gram first at each word that starts a name; a hit marks its
    /// words taken. The keys of every length are built once per start word in stack buffers and
    /// probed without allocating. The descriptor pass that follows looks at the same words with the
    /// same keys (a start word it reaches was reached here, and the keys do not depend on what is
    /// taken), so the descriptors those keys name are recorded here, with how many words the keys
    /// of each start word ran to, instead of building the keys a second time.
    /// </summary>
    private void ScanNames(string text, WordSpan[] words, bool[] starts, bool[] taken, List<ActorMention> found, List<(int I, int N, (ActorRole, string, int) Info)> descriptorHits, int[] spans)
    {
        Span<char> key = stackalloc char[MaxKey];
        Span<char> raw = stackalloc char[MaxKey];
        Span<int> keyEnd = stackalloc int[maxWords + 1];
        Span<int> rawEnd = stackalloc int[maxWords + 1];
        for (var i = 0; i < words.Length; i++)
        {
            if (taken[i] || !starts[i])
            {
                continue;
            }
            var max = 0;
            int kl = 0, rl = 0;
            for (var k = 0; k < Math.Min(maxWords, words.Length - i); k++)
            {
                var word = WithoutPossessive(words[i + k].In(text));
                var sep = k > 0 ? 1 : 0;
                if (rl + sep + word.Length > MaxKey || kl + sep + word.Length * 3 > MaxKey)
                {
                    break;
                }
                if (sep == 1)
                {
                    key[kl++] = ' ';
                    raw[rl++] = ' ';
                }
                if (NameKey.TryFold(word, key[kl..], out var folded))
                {
                    kl += folded;
                }
                else
                {
                    var f = TextFold.Fold(word);
                    if (kl + f.Length > MaxKey)
                    {
                        break;
                    }
                    f.CopyTo(key[kl..]);
                    kl += f.Length;
                }
                word.CopyTo(raw[rl..]);
                rl += word.Length;
                max = k + 1;
                keyEnd[max] = kl;
                rawEnd[max] = rl;
                if (!foldedPrefixesBySpan.Contains(key[..kl]) && !exactPrefixesBySpan.Contains(raw[..rl]))
                {
                    break; // no name goes on from these words
                }
            }
            spans[i] = max;
            for (var n = 1; n <= max; n++)
            {
                if (descriptorsBySpan.TryGetValue(key[..keyEnd[n]], out var info) || descriptorsExactCaseBySpan.TryGetValue(raw[..rawEnd[n]], out info))
                {
                    descriptorHits.Add((i, n, info));
                }
            }
            for (var n = max; n >= 1; n--)
            {
                if (AnyTaken(taken, i, n) || n > 1 && Gap(text, words[i + n - 2], words[i + n - 1]))
                {
                    continue;
                }
                if (namedBySpan.TryGetValue(key[..keyEnd[n]], out var actor) || namedExactCaseBySpan.TryGetValue(raw[..rawEnd[n]], out actor))
                {
                    int s = words[i].Index, e = words[i + n - 1].End;
                    found.Add(new ActorMention(s, e, text[s..e], ActorRole.Named, actor, null, actor.Inter, actor.CountryCode));
                    Array.Fill(taken, true, i, n);
                    i += n - 1;
                    break;
                }
            }
        }
    }

    private static bool AnyTaken(bool[] taken, int i, int n)
    {
        for (var k = i; k < i + n; k++)
        {
            if (taken[k])
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Words of one name are separated by spaces or a hyphen, never by punctuation.</summary>
    private static bool Gap(string text, WordSpan a, WordSpan b)
    {
        var gap = text.AsSpan(a.End, b.Index - a.End);
        foreach (var c in gap)
        {
            if (!char.IsWhiteSpace(c) && c != '-')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The country named by a demonym or country name among the few words before a descriptor.</summary>
    private static (string? Iso2, int Start) CountryBefore(string text, int index)
    {
        var pos = index;
        Span<char> twoWords = stackalloc char[NameKey.MaxStackLength];
        for (var i = 0; i < 4; i++)
        {
            if (WordBefore(text, pos) is not var (wordStart, wordEnd))
            {
                break;
            }
            var word = text.AsSpan(wordStart, wordEnd - wordStart);
            var country = Countries.ByDemonymOrName(word);
            if (country is null && wordStart > 0 && WordBefore(text, wordStart) is var (firstStart, firstEnd))
            {
                // two-word country names: "Burkina Faso army"
                var first = text.AsSpan(firstStart, firstEnd - firstStart);
                var length = first.Length + 1 + word.Length;
                if (length <= twoWords.Length)
                {
                    first.CopyTo(twoWords);
                    twoWords[first.Length] = ' ';
                    word.CopyTo(twoWords[(first.Length + 1)..]);
                    country = Countries.ByName(twoWords[..length]);
                }
                else
                {
                    country = Countries.ByName($"{first} {word}");
                }
                if (country is not null)
                {
                    wordStart = firstStart;
                }
            }
            if (country is not null)
            {
                var span = text.AsSpan(wordStart, pos - wordStart);
                return (country.Iso2, wordStart + (span.Length - span.TrimStart().Length));
            }
            if (!SkippableBySpan.Contains(word) && !word.EndsWith("-linked", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }
            pos = wordStart;
        }
        return (null, index);
    }

    /// <summary>
    /// The last word (letters, apostrophes, hyphens) in the 40 characters before <paramref name="pos"/>
    /// with only spaces and commas after it; a word running past the window is cut at its edge.
    /// </summary>
    private static (int Start, int End)? WordBefore(string text, int pos)
    {
        var floor = Math.Max(0, pos - 40);
        var i = pos;
        while (i > floor && (char.IsWhiteSpace(text[i - 1]) || text[i - 1] == ','))
        {
            i--;
        }
        var end = i;
        while (i > floor && (char.IsLetter(text[i - 1]) || text[i - 1] is '\'' or '’' or '-'))
        {
            i--;
        }
        return i < end ? (i, end) : null;
    }

    private static readonly Regex OfCountry = new(@"^\s+of\s+(?:the\s+)?(?<c>[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2})", RegexOptions.Compiled);

    private static (string Iso2, int End)? CountryAfter(string text, int end)
    {
        // what the pattern begins with, checked first: most descriptors have no "of" after them
        var after = Window.After(text, end, 50);
        var of = after.TrimStart();
        if (of.Length == after.Length || !of.StartsWith("of", StringComparison.Ordinal) || of.Length < 3 || !char.IsWhiteSpace(of[2]))
        {
            return null;
        }
        var m = OfCountry.Match(text[end..Math.Min(text.Length, end + 50)]);
        if (!m.Success)
        {
            return null;
        }
        var words = m.Groups["c"].Value.Split(' ');
        for (var n = words.Length; n >= 1; n--)
        {
            var name = string.Join(' ', words[..n]);
            if (Countries.ByName(name) is { } c)
            {
                return (c.Iso2, end + m.Groups["c"].Index + name.Length);
            }
        }
        return null;
    }
}
