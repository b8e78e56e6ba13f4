using System.Text;

namespace ConflictWatch.Extraction.Events;

/// <summary>
/// Works out how a trigger pattern can begin: the set of lower-case strings of up to N characters
/// that every match starts with ("attack(?:ed|s)?" → "at"; "(?:land)?mines?" → "la", "mi"). With it
/// the finder tests a pattern only at the words that can start it, instead of scanning each clause
/// once per pattern. It understands the subset of regex syntax the lexicon uses (literals, escapes,
/// small character classes, groups, alternation, optional quantifiers); anything else yields a
/// shorter prefix, and an empty one means "may start anywhere", so the answer is always safe.
/// </summary>
public static class PatternStarts
{
    /// <summary>The possible starts of <paramref name="pattern"/>, up to <paramref name="length"/> characters; an empty string among them means unknown.</summary>
    public static IReadOnlySet<string> Of(string pattern, int length = 2)
    {
        var pos = 0;
        var result = new Reader(pattern, length).Alternation(ref pos);
        return result.Prefixes.Select(s => s.TrimEnd(Reader.Closed)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>One pass over a pattern, collecting starts of up to <c>length</c> characters.</summary>
    private sealed class Reader(string p, int length)
    {
        public sealed record Part(HashSet<string> Prefixes, bool CanBeEmpty);

        /// <summary>a|b|c up to a closing parenthesis or the end.</summary>
        public Part Alternation(ref int pos)
        {
            var prefixes = new HashSet<string>(StringComparer.Ordinal);
            var canBeEmpty = false;
            while (true)
            {
                var seq = Sequence(ref pos);
                prefixes.UnionWith(seq.Prefixes);
                canBeEmpty |= seq.CanBeEmpty;
                if (pos < p.Length && p[pos] == '|')
                {
                    pos++;
                    continue;
                }
                return new Part(prefixes, canBeEmpty);
            }
        }

        /// <summary>
        /// Atoms one after another: prefixes grow until they are <c>length</c> long or meet an atom
        /// that is not understood or repeats, after which they are closed (marked with <see cref="Closed"/>).
        /// </summary>
        private Part Sequence(ref int pos)
        {
            var current = new HashSet<string>(StringComparer.Ordinal) { "" };
            while (pos < p.Length && p[pos] is not '|' and not ')')
            {
                var atom = Atom(ref pos);
                var (optional, repeats) = Quantifier(ref pos);
                if (current.All(Done))
                {
                    continue;
                }
                if (atom is not null && atom.Prefixes.Count == 0 && atom.CanBeEmpty)
                {
                    continue; // zero-width: \b, look-arounds
                }
                var next = new HashSet<string>(StringComparer.Ordinal);
                foreach (var s in current)
                {
                    if (Done(s))
                    {
                        next.Add(s);
                        continue;
                    }
                    if (atom is null)
                    {
                        next.Add(s + Closed);
                        continue;
                    }
                    foreach (var a in atom.Prefixes)
                    {
                        var joined = s + a;
                        next.Add(joined.Length > length && joined[length] != Closed ? joined[..length] : joined);
                    }
                    if (optional || atom.CanBeEmpty)
                    {
                        next.Add(s);
                    }
                }
                current = repeats ? next.Select(s => Done(s) ? s : s + Closed).ToHashSet(StringComparer.Ordinal) : next;
            }
            return new Part(current, current.Contains(""));
        }

        /// <summary>Ends a prefix that may not grow further.</summary>
        public const char Closed = '\0';

        private bool Done(string s) => s.Length >= length || s.Length > 0 && s[^1] == Closed;

        /// <summary>One atom; null when it is not understood (".", "\w", a large class).</summary>
        private Part? Atom(ref int pos)
        {
            var c = p[pos++];
            switch (c)
            {
                case '(':
                    if (pos < p.Length && p[pos] == '?')
                    {
                        var kind = p[pos + 1];
                        if (kind is '=' or '!' || kind == '<' && p[pos + 2] is '=' or '!')
                        {
                            // look-around: read like any group, then counted as zero-width
                            pos += kind == '<' ? 3 : 2;
                            Alternation(ref pos);
                            pos++; // ')'
                            return new Part([], true);
                        }
                        if (kind == '<')
                        {
                            pos = p.IndexOf('>', pos) + 1; // (?<name> ... )
                        }
                        else if (kind == '-' || char.IsLetter(kind))
                        {
                            pos = p.IndexOf(':', pos) + 1; // (?-i: ... ) and other inline options
                        }
                        else
                        {
                            pos += 2; // (?:
                        }
                    }
                    var inner = Alternation(ref pos);
                    pos++; // ')'
                    return inner;
                case '[':
                    return Class(ref pos);
                case '\\':
                    var e = p[pos++];
                    return e switch
                    {
                        'b' or 'B' => new Part([], true),
                        '.' or '-' or ' ' or '(' or ')' or '[' or ']' or '?' or '*' or '+' or '|' or '\\' or '\'' => Literal(e),
                        _ => null,
                    };
                case '.' or '^' or '$':
                    return null;
                default:
                    return Literal(c);
            }
        }

        private static Part Literal(char c) => new([char.ToLowerInvariant(c).ToString()], false);

        /// <summary>[- ] or [sz]: each member; ranges and negations are not enumerated.</summary>
        private Part? Class(ref int pos)
        {
            var members = new StringBuilder();
            var simple = true;
            if (pos < p.Length && p[pos] == '^')
            {
                simple = false;
            }
            while (pos < p.Length && p[pos] != ']')
            {
                var c = p[pos++];
                if (c == '\\')
                {
                    c = p[pos++];
                    if (char.IsLetter(c))
                    {
                        simple = false; // \w, \d, \p{L}
                    }
                }
                else if (c == '-' && members.Length > 0 && pos < p.Length && p[pos] != ']')
                {
                    simple = false; // a range
                }
                members.Append(char.ToLowerInvariant(c));
            }
            pos++; // ']'
            return simple ? new Part(members.ToString().Select(m => m.ToString()).ToHashSet(StringComparer.Ordinal), false) : null;
        }

        /// <summary>Reads a quantifier after an atom: whether it lets the atom be absent, and whether it may repeat it.</summary>
        private (bool Optional, bool Repeats) Quantifier(ref int pos)
        {
            if (pos >= p.Length)
            {
                return (false, false);
            }
            bool optional, repeats;
            switch (p[pos])
            {
                case '?':
                    (optional, repeats) = (true, false);
                    pos++;
                    break;
                case '*':
                    (optional, repeats) = (true, true);
                    pos++;
                    break;
                case '+':
                    (optional, repeats) = (false, true);
                    pos++;
                    break;
                case '{':
                    var close = p.IndexOf('}', pos);
                    var bounds = p[(pos + 1)..close];
                    optional = bounds.StartsWith('0');
                    repeats = bounds != "1" && bounds != "0,1";
                    pos = close + 1;
                    break;
                default:
                    return (false, false);
            }
            if (pos < p.Length && p[pos] is '?' or '+')
            {
                pos++; // lazy or possessive
            }
            return (optional, repeats);
        }
    }
}
