using System.Text;
using ConflictWatch.Extraction.Numbers;
using Xunit.Abstractions;

namespace ConflictWatch.Extraction.Tests.Numbers;

/// <summary>
/// Differential tests: the hand-written <see cref="CountFinder"/> must give exactly the counts of
/// the regex it replaced (<see cref="RegexCountOracle"/>) on real dispatches, on seeded random
/// sentences and on the corner cases of the regex's semantics listed here.
/// </summary>
public sealed class CountFinderOracleTests(ITestOutputHelper output)
{
    private static readonly CountFinder Finder = new();
    private static readonly RegexCountOracle Oracle = new();

    [Fact]
    public void The_scanner_agrees_with_the_regex_on_every_sentence_of_the_real_texts()
    {
        var texts = CountCorpus.RealTexts();
        var counts = AssertSame(texts);
        output.WriteLine($"{texts.Count} texts compared ({counts} counts; shared dev texts {(CountCorpus.HasSharedTexts ? "included" : "absent")})");
        Assert.True(texts.Count > 500, $"only {texts.Count} texts: were the samples and golden records found?");
    }

    [Fact]
    public void The_scanner_agrees_with_the_regex_on_random_sentences()
    {
        var texts = RandomCountSentences.Generate(seed: 20240312, count: 20_000).ToList();
        var counts = AssertSame(texts);
        output.WriteLine($"{texts.Count} random sentences compared ({counts} counts)");
        Assert.True(counts > texts.Count, "the random sentences should be dense in counts");
    }

    [Theory]
    [InlineData("several dozen fighters and several dozens of others")]
    [InlineData("several hundreds of people, several thousand more")]
    [InlineData("between five and seven, between 5 and, between a few and several dozen, between 10 and 2")]
    [InlineData("at least 5-6 people, up to 7, up to 7-9, some 4 or 5, upwards of 300")]
    [InlineData("one of them, One of the two, one  of, one hundred and five, a hundred and five")]
    [InlineData("1.8 million, 1,000,000, 1,2345 people, 12,34 and 1,000.5x, 5.5x people, 3,000,0000")]
    [InlineData("end.Five soldiers, 1,5 people, x.23 and 4,5,6")]
    [InlineData("5\u00A0million people, 5\nmillion, five hundred\tand six, 5 \nmillion")]
    [InlineData("\u0663 people and 5, \u0663\u0664 hundred, 1\u0663 km")]
    [InlineData("twenty one, twenty-one, twenty  one, twentyone, seventy seven, seventeen, sevent")]
    [InlineData("2022 - 2023, in 1999, 1999 people, 2,022 troops, 2101 troops, 1900-1950")]
    [InlineData("12 April, 12 april, 12 Apr., 12 May, on 3 Mayor, 4 Augusta")]
    [InlineData("two dozen soldiers, three dozens, a dozen, two dozen and five, 2 dozen, several dozen, twenty dozen")]
    [InlineData("on November 26 and 40, Sept. 7 people, april 5 men, XMay 3, Mayo 4, at least May 5, Dec 25 and Jan. 2")]
    [InlineData("75 km, 75km, 3 hours, 3 hourly, two three days later, 5 years old, 5-year-old, 40 per cent")]
    [InlineData("at least 40 percent, about three days, TWO THREE policemen, Two Or Three, 4 TO 6")]
    [InlineData("two three, three two, five fifteen, two twenty, ten eleven, 2 3, several dozen three")]
    [InlineData("a few, a handful, a handfuls, a fewer, tens of thousands, scores of, hundreds")]
    [InlineData("zero casualties")]
    [InlineData("\u212Am and 5 \u212Am, \u017Feven and 5, \u0130 5")]
    [InlineData("5\u200D6 and 5\u200C people, a\u200D5, 5_6, _5, 5\u0301, \u03015")]
    [InlineData("between  five  and  seven, between\tfive\tand\tseven, between five-and seven")]
    [InlineData("some 5 kms, over 5 km, about 12 April, nearly 1999, almost a hundred, close to a million")]
    [InlineData("5 - - 6, 5--6, 5 –6, 5– 6, 5 to to 6, 5 or or 6, 5 or, 5 to")]
    [InlineData("1.8 million and 2.5 thousand and 0 hundred and 0.1 hundred and twenty-three")]
    [InlineData("between 1,000,000,000,000,000,000,000,000,000,000,000,000 and 5, between 1,000,000,000,000,000,000,000,000,000,000 hundred and five and 2")]
    [InlineData("1234567890123456789012345678901234567890123456789012345678901234567890 people and 1,000,000,000,000,000,000,000,000,000,000,000.25 more")]
    [InlineData("")]
    [InlineData("5")]
    [InlineData("a")]
    public void The_scanner_agrees_with_the_regex_on_corner_cases(string text)
    {
        AssertSame([text]);
    }

    private static int AssertSame(IReadOnlyList<string> texts)
    {
        var problems = new StringBuilder();
        var differing = 0;
        var counts = 0;
        foreach (var text in texts)
        {
            var expected = Oracle.Find(text);
            var actual = Finder.Find(text);
            counts += expected.Count;
            if (!expected.SequenceEqual(actual))
            {
                if (++differing <= 10)
                {
                    problems.AppendLine($"text: {Escape(text)}");
                    problems.AppendLine($"  regex:   {string.Join(" | ", expected)}");
                    problems.AppendLine($"  scanner: {string.Join(" | ", actual)}");
                }
            }
        }
        Assert.True(differing == 0, $"{differing} of {texts.Count} texts differ:\n{problems}");
        return counts;
    }

    private static string Escape(string s) =>
        string.Concat(s.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}"));
}
