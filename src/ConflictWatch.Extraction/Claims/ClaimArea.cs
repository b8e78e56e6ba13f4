using System.Text.RegularExpressions;
using ConflictWatch.Extraction.Places;

namespace ConflictWatch.Extraction.Claims;

/// <summary>
/// The area an aggregate figure covers: the regions the sentence names ("in the Mopti and Ségou
/// regions"), else its countries ("in Mali, Burkina Faso and Niger"), else the dispatch's country.
/// </summary>
public static partial class ClaimArea
{
    public static string Of(string sentence, string fallback) => Named(sentence) ?? fallback;

    /// <summary>
    /// The sentence's area, else that of the sentence <paramref name="before"/> it ("There were 532 kidnappings
    /// in 2022" counts the countries the sentence before named), else <paramref name="fallback"/>; the sentence
    /// before is read only when the sentence names no area of its own.
    /// </summary>
    public static string Of(string sentence, string? before, string fallback) => Named(sentence) ?? (before is null ? null : Named(before)) ?? fallback;

    /// <summary>The regions the sentence names, else its countries, else null.</summary>
    private static string? Named(string sentence)
    {
        var region = RegionsCued.Match(sentence);
        if (region.Success)
        {
            return region.Value.Trim();
        }
        var countries = CountryMentions.Find(sentence).Where(c => !c.IsBorder).Select(c => c.Country.Name).Distinct().ToList();
        return countries.Count > 0 ? string.Join("; ", countries) : null;
    }

    /// <summary>Every match ends with a unit word or names the tri-border area; most sentences hold neither.</summary>
    private static readonly Segmentation.CuedPattern RegionsCued = new(Regions(), "region", "province", "cercle", "department", "tri-border", "three borders", "liptako-gourma");

    [GeneratedRegex(@"(?<=\b(?:[Ii]n|[Aa]cross|[Oo]f) (?:the )?|\p{L}['’]s )(?:[A-ZÀ-Ý][\p{L}'’-]+(?: [A-ZÀ-Ý][\p{L}'’-]+)?(?:,? and [A-ZÀ-Ý][\p{L}'’-]+)? (?:regions?|provinces?|cercles?|departments?|tri-border (?:area|zone)))|\b(?:the )?(?:tri-border|three borders|Liptako-Gourma) (?:area|zone|region)\b")]
    private static partial Regex Regions();
}
