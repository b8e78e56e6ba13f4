using System.Text.RegularExpressions;
using ConflictWatch.Core;

namespace ConflictWatch.Extraction.Places;

/// <summary>
/// Country names in text ("In neighboring Niger", "across the border in Burkina Faso"), which set
/// the country context for place ranking and for events with no finer place. "Niger River" and
/// "the Niger border" name no country context of their own.
/// </summary>
public static class CountryMentions
{
    private static readonly Lazy<Regex> Pattern = new(() =>
    {
        var names = Countries.All.SelectMany(c => c.OtherNames.Append(c.Name)).Where(n => n.Length > 3).Distinct().OrderByDescending(n => n.Length).Select(Regex.Escape);
        return new Regex($@"(?<![\p{{L}}])(?<!Lake\s)(?:{string.Join("|", names)})(?![\p{{L}}])(?!\s+(?:River|river|Delta|delta|valley|Basin|basin))", RegexOptions.CultureInvariant);
    });

    public static IEnumerable<(int Start, int End, Country Country, bool IsBorder)> Find(string text)
    {
        foreach (Match m in Pattern.Value.Matches(text))
        {
            var c = Countries.ByName(m.Value);
            if (c is null)
            {
                continue;
            }
            var after = text[(m.Index + m.Length)..Math.Min(text.Length, m.Index + m.Length + 12)];
            var before = text[Math.Max(0, m.Index - 25)..m.Index];
            var border = after.TrimStart().StartsWith("border", StringComparison.OrdinalIgnoreCase) || before.Contains("border with", StringComparison.OrdinalIgnoreCase) || before.Contains("border of", StringComparison.OrdinalIgnoreCase) || before.EndsWith("from ", StringComparison.Ordinal);
            yield return (m.Index, m.Index + m.Length, c, border);
        }
    }
}
