using System.Text.RegularExpressions;
using ConflictWatch.Extraction.Segmentation;

namespace ConflictWatch.Extraction.Tests.Segmentation;

/// <summary>
/// Start words are compared with each word of the text lower-cased character by character
/// (char.ToLowerInvariant, as the dictionary they replaced was probed): any case, the Kelvin sign
/// for "k", and words outside a–z alike; followers and digits as before.
/// </summary>
public sealed class StartWordsTests
{
    private static readonly Regex AnyWord = new(@"\G\w+");

    private static readonly StartWords Words = new(
        [
            KeyValuePair.Create("the", (string[]?)["end", "#"]),
            KeyValuePair.Create("in", (string[]?)null),
            KeyValuePair.Create("kill", (string[]?)null),
            KeyValuePair.Create("killed", (string[]?)null),
            KeyValuePair.Create("été", (string[]?)null),
        ],
        digits: true,
        afterDigits: ["km"]);

    [Theory]
    [InlineData("In THE end", "In|THE")]
    [InlineData("the start in", "in")]
    [InlineData("THE 12 km", "THE|12")]
    [InlineData("12 men", "")]
    [InlineData("\u212Aill and KILLED killer", "\u212Aill|KILLED")]
    [InlineData("Été, ÉTÉ, ete", "Été|ÉTÉ")]
    [InlineData("within inside in2 in", "in2|in")]
    [InlineData("the\tENDLESS the ends the, end the x", "the|the")]
    [InlineData("the", "")]
    public void Matches_begin_at_start_words_in_any_case(string text, string expected)
    {
        var found = string.Join("|", Words.Matches(AnyWord, text).Select(m => m.Value));
        Assert.Equal(expected, found);
    }
}
