namespace ConflictWatch.Extraction.Places;

/// <summary>
/// Other spellings of a Sahel village name, for a name the gazetteer lacks as written. English and
/// French reports transliterate the same Fulfulde, Songhai or Tamasheq sound differently: "Dogofry" is
/// GeoNames' "Dogofri", "Songho" its "Songo", "Djibasso" also "Jibasso". Each variant changes one
/// spelling habit, so a variant is still the same name read another way, not a near miss of letters.
/// </summary>
public static class SpellingVariants
{
    /// <summary>Pairs of spellings for one sound, tried both ways.</summary>
    private static readonly (string A, string B)[] Swaps =
    [
        ("gh", "g"), ("kh", "k"), ("dj", "j"), ("tch", "ch"), ("ou", "u"), ("ph", "f"), ("y", "i"), ("ss", "s"), ("tt", "t"), ("ll", "l"), ("nn", "n"), ("mm", "m"), ("ee", "e"), ("oo", "o"), ("w", "ou"),
    ];

    /// <summary>The variants of <paramref name="name"/>, each with one habit changed at one place, nearest first.</summary>
    public static IEnumerable<string> Of(string name)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { name };
        foreach (var (a, b) in Swaps)
        {
            foreach (var (from, to) in ((string, string)[])[(a, b), (b, a)])
            {
                for (var at = name.IndexOf(from, StringComparison.OrdinalIgnoreCase); at >= 0; at = name.IndexOf(from, at + 1, StringComparison.OrdinalIgnoreCase))
                {
                    var variant = string.Concat(name.AsSpan(0, at), to, name.AsSpan(at + from.Length));
                    if (seen.Add(variant))
                    {
                        yield return variant;
                    }
                }
            }
        }
    }
}
