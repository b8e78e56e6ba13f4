using System.Text.RegularExpressions;
using ConflictWatch.Extraction.Segmentation;

namespace ConflictWatch.Extraction.Tests.Segmentation;

/// <summary>The cue search only spares the regex calls that would fail: a cued pattern answers as its regex does.</summary>
public sealed class CuedPatternTests
{
    private static readonly (Regex Regex, string[] Cues)[] Patterns =
    [
        (new Regex(@"\b(?:the (?:suicide )?(?:bomber|attacker) (?:was|died)|killed (?:himself|herself))\b", RegexOptions.IgnoreCase), ["bomber", "attacker", "self"]),
        (new Regex(@"\b(?:the|its) capital\b(?!\s+of)", RegexOptions.IgnoreCase), ["capital"]),
        (new Regex(@"\b(?:six|seven|kill)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), ["six", "seven", "kill"]),
    ];

    [Theory]
    [InlineData("the bomber was killed")]
    [InlineData("THE ATTACKER DIED in Ménaka’s market")]
    [InlineData("the attac\u212Aer died")]
    [InlineData("\u017Fix and \u017Feven")]
    [InlineData("its capital, Niamey")]
    [InlineData("its capital of")]
    [InlineData("\u212Aill")]
    [InlineData("Tillabéri’s “capital”")]
    public void A_cued_pattern_matches_where_its_regex_does(string text)
    {
        foreach (var (regex, cues) in Patterns)
        {
            Assert.Equal(regex.IsMatch(text), new CuedPattern(regex, cues).IsMatch(text));
        }
    }

    [Fact]
    public void A_cued_pattern_agrees_with_its_regex_on_random_text_with_accents_and_case_folding_characters()
    {
        string[] pieces = ["the ", "its ", "bomber ", "attacker ", "capital ", "six ", "seven ", "kill ", "himself ", "was ", "died ", "of ", "é", "’", "“", "\u212A", "\u017F", "\u0130", "\u0131", "S", "K", "I", " ", ",", "CAPITAL", "Bomber"];
        var rng = new Random(7);
        for (var n = 0; n < 20_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, rng.Next(0, 12)).Select(_ => pieces[rng.Next(pieces.Length)]));
            foreach (var (regex, cues) in Patterns)
            {
                Assert.True(regex.IsMatch(text) == new CuedPattern(regex, cues).IsMatch(text), $"{regex}: \"{text}\"");
            }
        }
    }
}
