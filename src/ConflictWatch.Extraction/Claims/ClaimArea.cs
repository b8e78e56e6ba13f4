using System.Text.RegularExpressions;
using ConflictWatch.Extraction.Places;

namespace ConflictWatch.Extraction.Claims;

/// <summary>
/// The area an aggregate figure covers: the regions the sentence names ("in the Mopti and Ségou
/// regions"), else its countries ("in Mali, Burkina Faso and Niger"), else the dispatch's country.
/// </summary>
public static partial class ClaimArea
{
    public static string Of(string sentence, string fallback)
    {
        var region = RegionsCued.Match(sentence);
        if (region.Success)
        {
            return region.Value.Trim();
        }
        var countries = CountryMentions.Find(sentence).Where(c => !c.IsBorder).Select(c => c.Country.Name).Distinct().ToList();
        return countries.Count > 0 ? string.Join("; ", countries) : fallback;
    }

    /// <summary>Every match ends with a unit word or names the tri-border area; most sentences hold neither.</summary>
    private static readonly Segmentation.CuedPattern RegionsCued = new(Regions(), "region", "province", "cercle", "department", "tri-border", "three borders", "liptako-gourma");

    [GeneratedRegex(@"(?<=\b(?:[Ii]n|[Aa]cross|[Oo]f) (?:the )?|\p{L}['’]s )(?:[A-ZÀ-Ý][\p{L}'’-]+(?: [A-ZÀ-Ý][\p{L}'’-]+)?(?:,? and [A-ZÀ-Ý][\p{L}'’-]+)? (?:regions?|provinces?|cercles?|departments?|tri-border (?:area|zone)))|\b(?:the )?(?:tri-border|three borders|Liptako-Gourma) (?:area|zone|region)\b")]
    private static partial Regex Regions();
}
