using System.Text.RegularExpressions;

namespace ConflictWatch.Extraction.Segmentation;

/// <summary>
/// Runs a pattern only where a match can begin: at words from a fixed set (and, if asked, at
/// numbers). A large alternation scanned with Regex.Matches is tried at nearly every character of
/// a clause; anchored (\G) at a handful of word starts it costs a fraction of that and finds the
/// same matches, provided every alternative of the pattern begins with one of the words.
/// </summary>
/// <remarks>
/// Most start words are common ("the", "in", "a", "on") and most calls at them fail, each paying the
/// regex's fixed cost per call. So a word may also name what can come next: the starts of the word
/// that follows it (see <see cref="Follows"/>). A call is made only when one of them is there. The
/// lists must cover every alternative that begins with the word, so they only ever skip calls
/// that would have failed.
/// </remarks>
public sealed class StartWords
{
    private readonly Dictionary<string, string[]?>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly bool digits;
    private readonly string[]? afterDigits;
    private readonly int longest;

    /// <summary>For each first letter a–z, a bit per length of the words that begin with it: most words of a clause are ruled out by these two facts, before any lower-casing or hashing.</summary>
    private readonly ulong[] lengthsByFirst = new ulong[26];

    /// <summary>
    /// The words beginning with a letter a–z and shorter than 64, by first letter and length, with
    /// what may follow each: a word of the text is compared with these few, letter by letter as
    /// lower-cased, instead of being lower-cased into a buffer and hashed for the dictionary.
    /// </summary>
    private readonly (string Word, string[]? Next, FirstChars First)[]?[] byFirstAndLength = new (string, string[]?, FirstChars)[]?[26 * 64];

    /// <summary>The characters what may follow a number begins with (see <see cref="FirstChars"/>).</summary>
    private readonly FirstChars afterDigitsFirst;

    /// <param name="words">lower-case words that can begin a match; matched case-insensitively.</param>
    /// <param name="digits">whether a match can also begin at a number.</param>
    public StartWords(IEnumerable<string> words, bool digits)
        : this(words.Select(w => KeyValuePair.Create(w, (string[]?)null)), digits, null)
    {
    }

    /// <param name="words">lower-case words that can begin a match, each with the starts of what may follow it (see <see cref="Follows"/>), or null when anything may.</param>
    /// <param name="digits">whether a match can also begin at a number.</param>
    /// <param name="afterDigits">when a number can begin a match: what may follow its digits, or null when anything may.</param>
    public StartWords(IEnumerable<KeyValuePair<string, string[]?>> words, bool digits, string[]? afterDigits)
    {
        var map = new Dictionary<string, string[]?>(StringComparer.Ordinal);
        foreach (var (word, next) in words)
        {
            // a word listed twice, once with and once without followers, may be followed by anything
            map[word] = !map.TryGetValue(word, out var had) ? next
                : had is null || next is null ? null
                : [.. had, .. next];
        }
        lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
        this.digits = digits;
        this.afterDigits = afterDigits;
        afterDigitsFirst = FirstChars.Of(afterDigits);
        longest = map.Count == 0 ? 0 : map.Keys.Max(w => w.Length);
        foreach (var w in map.Keys)
        {
            if (w.Length is > 0 and < 64 && w[0] is >= 'a' and <= 'z')
            {
                lengthsByFirst[w[0] - 'a'] |= 1UL << w.Length;
                ref var bucket = ref byFirstAndLength[(w[0] - 'a') * 64 + w.Length];
                bucket = [.. bucket ?? [], (w, map[w], FirstChars.Of(map[w]))];
            }
        }
    }

    /// <summary>The matches <paramref name="anchored"/> (a pattern starting with \G) makes at the start words of <paramref name="text"/>, left to right and not overlapping, as Regex.Matches would give them.</summary>
    public IReadOnlyList<Match> Matches(Regex anchored, string text) => Scan(anchored, null, text);

    /// <summary>The same, with the pattern to try chosen for each place where a match may begin: <paramref name="anchoredAt"/>(text, index) gives the pattern for a number or start word there.</summary>
    public IReadOnlyList<Match> Matches(Func<string, int, Regex> anchoredAt, string text) => Scan(null, anchoredAt, text);

    private IReadOnlyList<Match> Scan(Regex? anchored, Func<string, int, Regex>? anchoredAt, string text)
    {
        List<Match>? result = null;
        for (var i = Next(text, 0); i >= 0; i = Next(text, i + 1))
        {
            var m = (anchored ?? anchoredAt!(text, i)).Match(text, i);
            if (m.Success && m.Length > 0)
            {
                (result ??= []).Add(m);
                i = m.Index + m.Length - 1;
            }
        }
        return (IReadOnlyList<Match>?)result ?? [];
    }

    /// <summary>
    /// The word of letters beginning at <paramref name="i"/>, lower-cased into <paramref name="buffer"/>
    /// (cut at its length): the key under which a finder keeps the pattern to try at a start word.
    /// </summary>
    public static ReadOnlySpan<char> LowerWordAt(string text, int i, Span<char> buffer)
    {
        var n = 0;
        while (i + n < text.Length && char.IsLetter(text[i + n]) && n < buffer.Length)
        {
            buffer[n] = char.ToLowerInvariant(text[i + n]);
            n++;
        }
        return buffer[..n];
    }

    /// <summary>Whether <paramref name="anchored"/> matches at any start word of <paramref name="text"/>.</summary>
    public bool IsMatch(Regex anchored, string text)
    {
        for (var i = Next(text, 0); i >= 0; i = Next(text, i + 1))
        {
            // a value match: no Match object for a yes-or-no answer
            foreach (var m in anchored.EnumerateMatches(text, i))
            {
                if (m.Length > 0)
                {
                    return true;
                }
                break;
            }
        }
        return false;
    }

    /// <summary>The first place at or after <paramref name="from"/> where a match may begin, or -1.</summary>
    /// <remarks>A match may begin only where a word (a run of letters and digits) begins; the rest of each word is stepped over.</remarks>
    private int Next(string text, int from)
    {
        Span<char> buffer = stackalloc char[Math.Max(longest, 1)];
        var i = from > 0 && from < text.Length && char.IsLetterOrDigit(text[from - 1]) ? WordEnd(text, from) : from;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }
            int end;
            if (char.IsDigit(c))
            {
                end = i + 1;
                while (end < text.Length && char.IsDigit(text[end]))
                {
                    end++;
                }
                if (digits && (afterDigits is null || Follows(text, end, afterDigits, afterDigitsFirst)))
                {
                    return i;
                }
            }
            else
            {
                end = i + 1;
                while (end < text.Length && char.IsLetter(text[end]))
                {
                    end++;
                }
                if (IsStartWord(text, i, end - i, buffer))
                {
                    return i;
                }
            }
            i = WordEnd(text, end);
        }
        return -1;
    }

    private static int WordEnd(string text, int i)
    {
        while (i < text.Length && char.IsLetterOrDigit(text[i]))
        {
            i++;
        }
        return i;
    }

    /// <summary>Whether the <paramref name="n"/> letters at <paramref name="i"/>, lower-cased, are one of the words, followed by what may follow it.</summary>
    private bool IsStartWord(string text, int i, int n, Span<char> buffer)
    {
        if (n > buffer.Length)
        {
            return false;
        }
        var first = char.ToLowerInvariant(text[i]);
        if (n < 64 && first is >= 'a' and <= 'z')
        {
            // every word with this first letter and length is in the bucket: comparing with them is the lookup
            if ((lengthsByFirst[first - 'a'] & (1UL << n)) == 0)
            {
                return false;
            }
            foreach (var (word, follow, followFirst) in byFirstAndLength[(first - 'a') * 64 + n]!)
            {
                if (SameLowered(text, i, word))
                {
                    return follow is null || Follows(text, i + n, follow, followFirst);
                }
            }
            return false;
        }
        for (var k = 0; k < n; k++)
        {
            buffer[k] = char.ToLowerInvariant(text[i + k]);
        }
        return lookup.TryGetValue(buffer[..n], out var next) && (next is null || Follows(text, i + n, next, FirstChars.Any));
    }

    /// <summary>Whether the characters at <paramref name="i"/>, lower-cased, are <paramref name="word"/> (whose first letter the caller has matched).</summary>
    private static bool SameLowered(string text, int i, string word)
    {
        for (var k = 1; k < word.Length; k++)
        {
            if (char.ToLowerInvariant(text[i + k]) != word[k])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Whether the text at <paramref name="at"/>, after any white space, begins with one of
    /// <paramref name="starts"/>: lower-case text compared case-insensitively, in which '#' stands
    /// for any digit and ' ' for a run of white space (so "the weekend" also covers "the\s+weekend").
    /// </summary>
    private static bool Follows(string text, int at, string[] starts, FirstChars first)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }
        if (at < text.Length && !first.MayStart(text[at]))
        {
            return false; // no start begins with this character ("of the", "in a": most calls end here)
        }
        foreach (var s in starts)
        {
            if (StartsWith(text, at, s))
            {
                return true;
            }
        }
        return false;
    }

    private static bool StartsWith(string text, int at, string start)
    {
        var j = at;
        foreach (var c in start)
        {
            if (j >= text.Length)
            {
                return false;
            }
            if (c == ' ')
            {
                if (!char.IsWhiteSpace(text[j]))
                {
                    return false;
                }
                while (j < text.Length && char.IsWhiteSpace(text[j]))
                {
                    j++;
                }
                continue;
            }
            if (c == '#' ? !char.IsDigit(text[j]) : char.ToLowerInvariant(text[j]) != c)
            {
                return false;
            }
            j++;
        }
        return true;
    }

    /// <summary>
    /// The ASCII characters a list of starts can match first, as 128 bits: a start's first letter,
    /// the digits for '#'. A start that could match a character outside ASCII first (or an empty
    /// one) lets every character through, and so does a character outside ASCII in the text
    /// (lower-casing may bring it into ASCII). A start beginning with ' ' never matches where
    /// <see cref="Follows"/> compares, after the white space. So a character these bits turn away
    /// is one no start can match there.
    /// </summary>
    private readonly record struct FirstChars(ulong Low, ulong High, bool All)
    {
        public static readonly FirstChars Any = new(0, 0, true);

        public static FirstChars Of(string[]? starts)
        {
            if (starts is null)
            {
                return Any;
            }
            ulong low = 0, high = 0;
            foreach (var s in starts)
            {
                if (s.Length == 0 || s[0] >= 128)
                {
                    return Any;
                }
                if (s[0] == ' ')
                {
                    continue;
                }
                foreach (var c in s[0] == '#' ? "0123456789" : s[..1])
                {
                    if (c < 64)
                    {
                        low |= 1UL << c;
                    }
                    else
                    {
                        high |= 1UL << (c - 64);
                    }
                }
            }
            return new FirstChars(low, high, false);
        }

        /// <summary>Whether some start may match at <paramref name="c"/>, compared lower-cased as <see cref="StartsWith"/> compares.</summary>
        public bool MayStart(char c)
        {
            if (All || c >= 128)
            {
                return true;
            }
            var lower = char.ToLowerInvariant(c);
            return lower < 64 ? (Low >> lower & 1) != 0 : (High >> (lower - 64) & 1) != 0;
        }
    }
}
