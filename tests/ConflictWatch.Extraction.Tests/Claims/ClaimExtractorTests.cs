using ConflictWatch.Extraction.Claims;

namespace ConflictWatch.Extraction.Tests.Claims;

public sealed class ClaimExtractorTests
{
    private static readonly ClaimExtractor Extractor = new();
    private static readonly DateOnly Reference = new(2023, 3, 20);

    private static IReadOnlyList<(double, string, string)> Claims(string sentence) =>
        Extractor.Extract(sentence, 0, Reference).Select(c => (c.Quantity, $"{c.PeriodStart:yyyy-MM-dd}", $"{c.PeriodEnd:yyyy-MM-dd}")).ToList();

    [Fact]
    public void Two_figures_for_two_years_are_two_claims()
    {
        Assert.Equal([(532.0, "2022-01-01", "2022-12-31"), (33.0, "2017-01-01", "2017-12-31")], Claims("There were 532 kidnappings in 2022, a sharp increase from 33 in 2017."));
    }

    [Theory]
    [InlineData("There have been 115 kidnappings so far this year.", 115, "2023-01-01", "2023-03-20")]
    [InlineData("During the last three months of 2022, at least 370 people were kidnapped.", 370, "2022-10-01", "2022-12-31")]
    [InlineData("At least 412 civilians were killed in the first quarter of 2023.", 412, "2023-01-01", "2023-03-31")]
    [InlineData("For all of 2022, 1,277 civilians were killed.", 1277, "2022-01-01", "2022-12-31")]
    [InlineData("Monitors counted 94 political violence events in January.", 94, "2023-01-01", "2023-01-31")]
    [InlineData("Since January, at least 47 people have been abducted in the Diffa region.", 47, "2023-01-01", "2023-03-20")]
    [InlineData("Since 5 January 2023, 13 attacks on civilians have been recorded in the Sanmatenga province.", 13, "2023-01-05", "2023-03-20")]
    [InlineData("Since February 12, at least 30 civilians were killed in the province.", 30, "2023-02-12", "2023-03-20")]
    [InlineData("French forces neutralised some 500 militants in January and February.", 500, "2023-01-01", "2023-02-28")]
    [InlineData("More than 4,000 fatalities were recorded in Burkina Faso in the first half of 2022.", 4000, "2022-01-01", "2022-06-30")]
    [InlineData("Monitors counted 800 attacks in the second half of 2022.", 800, "2022-07-01", "2022-12-31")]
    public void An_aggregate_figure_gets_the_period_it_covers(string sentence, double quantity, string start, string end)
    {
        Assert.Equal([(quantity, start, end)], Claims(sentence));
    }

    [Theory]
    [InlineData("Many of the town's 20,000 residents are fleeing.")]
    [InlineData("Gunmen killed 15 people on Sunday.")]
    public void Figures_without_a_period_are_not_claims(string sentence)
    {
        Assert.Empty(Claims(sentence));
    }

    [Fact]
    public void The_same_period_of_another_year_mirrors_the_period_before_it()
    {
        Assert.Equal(
            [(1480.0, "2024-01-01", "2024-09-30"), (1190.0, "2023-01-01", "2023-09-30")],
            Claims("A monitoring group counted 1,480 people killed in the first nine months of 2024, against 1,190 in the same period of 2023."));
    }

    [Fact]
    public void The_number_of_kidnappings_that_rose_gives_both_figures_their_unit()
    {
        var claims = Extractor.Extract("The number of kidnappings in the Mopti region rose to 250 in 2022 from 90 in 2021.", 0, Reference);
        Assert.Equal([(250.0, "kidnappings", 2022), (90.0, "kidnappings", 2021)], claims.Select(c => (c.Quantity, c.Unit, c.PeriodStart.Year)));
    }

    [Theory]
    [InlineData("Niger's Tillaberi region recorded 312 security incidents in 2022.", "Tillaberi region")]
    [InlineData("In the Mopti and Segou regions, 120 civilians were killed in 2022.", "Mopti and Segou regions")]
    public void The_region_a_figure_covers_is_its_area(string sentence, string area)
    {
        Assert.Equal(area, ClaimArea.Of(sentence, "Mali"));
    }

    [Fact]
    public void A_monitor_that_recorded_a_figure_is_its_source()
    {
        var c = Assert.Single(Extractor.Extract("ACLED recorded more than 4,000 fatalities in Burkina Faso in the first half of 2023.", 0, Reference));
        Assert.Equal("ACLED", c.AttributedTo);
    }
}
