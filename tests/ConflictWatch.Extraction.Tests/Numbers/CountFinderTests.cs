using ConflictWatch.Extraction.Numbers;

namespace ConflictWatch.Extraction.Tests.Numbers;

public sealed class CountFinderTests
{
    private static readonly CountFinder Finder = new();

    [Theory]
    [InlineData("killing 23 people", 23, 23, null)]
    [InlineData("killing 1,277 civilians", 1277, 1277, null)]
    [InlineData("Seventeen soldiers died", 17, 17, null)]
    [InlineData("twenty-three soldiers died", 23, 23, null)]
    [InlineData("at least 370 people", 370, 370, "at least")]
    [InlineData("more than 1,500 people", 1500, 1500, "more than")]
    [InlineData("about twenty fighters", 20, 20, "about")]
    [InlineData("killing between five and seven people", 5, 7, "between")]
    [InlineData("killing two three policemen", 2, 3, null)]
    [InlineData("Two or three soldiers were killed", 2, 3, null)]
    [InlineData("killing 4-6 people", 4, 6, null)]
    [InlineData("dozens of attackers", 12, 12, null)]
    [InlineData("killed several soldiers", 3, 3, null)]
    [InlineData("tens of thousands fled", 10, 10, null)]
    [InlineData("hundreds of students", 100, 100, null)]
    [InlineData("1.8 million people", 1_800_000, 1_800_000, null)]
    public void A_count_reads_as_a_range_with_its_qualifier(string text, double low, double high, string? qualifier)
    {
        var c = Finder.Find(text)[0];
        Assert.Equal((low, high, qualifier), (c.Low, c.High, c.Qualifier));
    }

    [Theory]
    [InlineData("75 kilometers north of Menaka")]
    [InlineData("in 2022 alone")]
    [InlineData("on 12 April")]
    [InlineData("three days later")]
    public void Distances_years_dates_and_spans_of_time_are_not_counts(string text)
    {
        Assert.Empty(Finder.Find(text));
    }
}
