namespace ConflictWatch.Extraction.Places;

/// <summary>
/// Which GeoNames alternate names are worth indexing. News in English and French writes place names
/// in Latin script, so Arabic, Tifinagh or Cyrillic forms only add keys that never match, and codes
/// (IATA "GAQ", ICAO "GAGO"), links and postal codes would match ordinary words or nothing.
/// </summary>
internal static class AlternateNames
{
    public static bool IsUsable(ReadOnlySpan<char> name)
    {
        if (name.Length < 2 || name.Length > 80)
        {
            return false;
        }
        if (name.Contains("://", StringComparison.Ordinal) || name.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var letters = 0;
        var lower = false;
        foreach (var c in name)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }
            if (!IsLatin(c))
            {
                return false;
            }
            letters++;
            lower |= char.IsLower(c);
        }
        // All-caps short forms are codes or abbreviations, not names people write in a sentence.
        return letters > 0 && (lower || name.Length > 5);
    }

    /// <summary>Basic Latin through IPA extensions (ɛ, ɔ, ɲ of Bambara and Fula spellings), and Latin Extended Additional.</summary>
    private static bool IsLatin(char c) => c < 0x2B0 || (c >= 0x1E00 && c <= 0x1EFF);
}
