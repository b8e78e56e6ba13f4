using ConflictWatch.Extraction.Numbers;

namespace ConflictWatch.Extraction.Tests.Numbers;

public sealed class CountFinderTests
{
    private static readonly CountFinder Finder = new();

    [Theory]
    [InlineData("killing 23 people", 23, 23, null)]
    [InlineData("killing 1,277 civilians", 1277, 1277, null)]
    [InlineData("Seventeen soldiers died", 17, 17, null)]
    [InlineData("killed two dozen soldiers", 24, 24, null)]
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
    [InlineData("one hundred and twenty-five people", 125, 125, null)]
    [InlineData("several dozen fighters", 24, 24, null)]
    [InlineData("up to 7 people", 0, 7, "up to")]
    [InlineData("some 4 or 5 people", 4, 5, "about")]
    [InlineData("between 12 and 9 people", 9, 12, "between")]
    [InlineData("TWENTY-ONE soldiers", 21, 21, null)]
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
    [InlineData("one of the soldiers")]
    [InlineData("12 percent of the population")]
    public void Distances_years_dates_and_spans_of_time_are_not_counts(string text)
    {
        Assert.Empty(Finder.Find(text));
    }

    [Fact]
    public void The_first_alternative_wins_not_the_longest()
    {
        // "several dozen" is tried before "several"; "several dozens" falls back to "several" + "dozens"
        Assert.Equal((24.0, 24.0, true), Single("several dozen fighters"));
        Assert.Equal((3.0, 12.0, true), Single("several dozens of fighters"));
    }

    [Fact]
    public void Side_by_side_numbers_that_are_not_a_range_keep_the_first()
    {
        var c = Finder.Find("killing 5 3 people")[0];
        Assert.Equal((8, 9, 5.0, 5.0), (c.Start, c.End, c.Low, c.High));
    }

    [Fact]
    public void A_figure_after_a_comma_or_point_continues_that_figure()
    {
        Assert.Empty(Finder.Find("x,5 and y.7"));
    }

    private static (double Low, double High, bool Vague) Single(string text)
    {
        var c = Assert.Single(Finder.Find(text));
        return (c.Low, c.High, c.Vague);
    }
}
