using ConflictWatch.Extraction.Dating;

namespace ConflictWatch.Extraction.Tests.Dating;

public sealed class DateFinderTests
{
    private static readonly DateFinder Finder = new();
    private static readonly DateOnly MondayMarch4 = new(2024, 3, 4);

    [Theory]
    [InlineData("Gunmen struck on 12 April 2023.", "2023-04-12", 1)]
    [InlineData("Gunmen struck on April 12, 2023.", "2023-04-12", 1)]
    [InlineData("Gunmen struck on 12/04/2023.", "2023-04-12", 1)]
    [InlineData("Gunmen struck on 2023-04-12.", "2023-04-12", 1)]
    [InlineData("Gunmen struck on February 28.", "2024-02-28", 1)]
    [InlineData("Gunmen struck yesterday.", "2024-03-03", 1)]
    [InlineData("Overnight, gunmen struck.", "2024-03-03", 1)]
    [InlineData("Gunmen struck on Sunday.", "2024-03-03", 1)]
    [InlineData("Gunmen struck on Monday.", "2024-03-04", 1)]
    [InlineData("Gunmen struck last week.", "2024-02-29", 2)]
    [InlineData("Gunmen struck in February.", "2024-02-15", 3)]
    [InlineData("Gunmen struck between 13 and 15 February 2024.", "2024-02-14", 2)]
    [InlineData("On the 25th gunmen struck.", "2024-02-25", 1)]
    [InlineData("Gunmen struck in December.", "2023-12-15", 3)]
    public void A_date_expression_resolves_against_the_reference_day(string text, string expected, int precision)
    {
        var d = Assert.Single(Finder.Find(text, MondayMarch4));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), d.Date);
        Assert.Equal(precision, d.Precision);
    }

    [Theory]
    [InlineData("The American was seized in 2016.")]
    [InlineData("The group has operated there since late 2022.")]
    public void A_year_only_mention_is_coarser_than_any_event_date(string text)
    {
        var d = Assert.Single(Finder.Find(text, MondayMarch4));
        Assert.Equal(4, d.Precision);
        Assert.False(d.IsEventDate);
    }

    [Fact]
    public void The_day_of_a_statement_is_a_reporting_date()
    {
        var dates = Finder.Find("Seven soldiers were killed on Saturday, the ministry said on Monday.", MondayMarch4);
        Assert.Equal([DateKind.Relative, DateKind.Reporting], dates.Select(d => d.Kind));
    }

    [Fact]
    public void Three_days_later_is_an_offset_from_the_previous_event()
    {
        var d = Assert.Single(Finder.Find("Three days later its fighters struck again.", MondayMarch4));
        Assert.Equal((DateKind.AfterPrevious, 3), (d.Kind, d.OffsetDays));
    }

    [Fact]
    public void An_impossible_date_is_no_date()
    {
        Assert.Empty(Finder.Find("Gunmen struck on 30 February 2023.", MondayMarch4));
    }
}
