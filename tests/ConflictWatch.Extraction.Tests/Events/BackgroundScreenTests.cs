using System.Text.RegularExpressions;
using ConflictWatch.Extraction.Events;

namespace ConflictWatch.Extraction.Tests.Events;

/// <summary>
/// The background filter tries its pattern only at listed start words followed by listed words.
/// That screen must never change the answer: on sentences made of the pattern's own words it agrees
/// with the plain pattern run over the whole clause.
/// </summary>
public sealed class BackgroundScreenTests
{
    private static readonly Regex Plain = new(EventDetector.BackgroundPattern, RegexOptions.IgnoreCase);

    [Fact]
    public void Screened_filter_agrees_with_the_plain_pattern_on_random_sentences()
    {
        // the pattern's own words, and as many others, so that most sentences hold one alternative at most
        var patternWords = Regex.Matches(EventDetector.BackgroundPattern, "[a-z]+").Select(m => m.Value).Distinct()
            .Concat(["The", "IS", "Are", "2019", "1998", "12", "Killing", "in\t", "the  ", "being\n", "PER"]).ToArray();
        string[] others = ["JNIM", "soldiers", "village", "attacked", "Menaka", ",", ".", "army", "said", "on", "Sunday", "gunmen", "market", "killed", "and", "a", "to", "of"];
        var rng = new Random(2026);
        int agreed = 0, background = 0;
        for (var n = 0; n < 100_000; n++)
        {
            var words = rng.Next(3) == 0
                // a run of the pattern's words in the pattern's own order ("seized power", "since 2019"), between other words
                ? [others[rng.Next(others.Length)], .. Run(rng), others[rng.Next(others.Length)]]
                : Enumerable.Range(0, rng.Next(2, 7)).Select(_ => rng.Next(2) == 0 ? patternWords[rng.Next(patternWords.Length)] : others[rng.Next(others.Length)]);
            var sentence = string.Join(rng.Next(6) == 0 ? "  " : " ", words);
            var expected = Plain.IsMatch(sentence);
            Assert.True(expected == EventDetector.IsBackground(sentence), $"differs on \"{sentence}\" (plain pattern: {expected})");
            agreed++;
            background += expected ? 1 : 0;
        }
        Assert.InRange(background, 5_000, agreed - 5_000); // both answers were exercised
    }

    /// <summary>The words of the pattern in order, "19" and "20" made into years.</summary>
    private static readonly string[] Tokens = Regex.Matches(EventDetector.BackgroundPattern, @"[a-z]+|19|20").Select(m => m.Value).Where(t => t != "d" && t != "s" && t != "w" && t != "b" && t != "G").ToArray();

    private static IEnumerable<string> Run(Random rng)
    {
        var start = rng.Next(Tokens.Length);
        return Tokens.Skip(start).Take(rng.Next(2, 5)).Select(t => t is "19" or "20" ? t + rng.Next(10, 100) : t);
    }

    [Theory]
    [InlineData("JNIM is seeking to expand into coastal states", true)]
    [InlineData("The group has long been unable to hold the towns", true)]
    [InlineData("the number of attacks rose", true)]
    [InlineData("Soldiers seized power in Niamey", true)]
    [InlineData("Fighting since 2012 in the region", true)]
    [InlineData("Residents were displaced in 3 communes", true)]
    [InlineData("Attacks rose by 40 per cent", true)]
    [InlineData("Such raids spread fear", true)]
    [InlineData("Gunmen will likely attack convoys", true)]
    [InlineData("Gunmen struck in a series of attacks", true)]
    [InlineData("Raids on three villages followed", true)]
    [InlineData("The junta promised to hold elections", true)]
    [InlineData("A war being fought by proxies", true)]
    [InlineData("JNIM has displaced thousands", true)]
    [InlineData("Convoys are being targeted", true)]
    [InlineData("Gunmen killed five villagers in Dinangourou on Sunday", false)]
    [InlineData("Five were killed in an ambush near Boni", false)]
    [InlineData("Soldiers seized weapons at the camp", false)]
    [InlineData("The army is in control of the town", false)]
    public void Background_talk_is_told_from_events(string clause, bool expected) =>
        Assert.Equal(expected, EventDetector.IsBackground(clause));
}
