using ConflictWatch.Extraction.Places;

namespace ConflictWatch.Extraction.Tests.Places;

public sealed class CountryMentionsTests
{
    private static string[] Found(string text) => CountryMentions.Find(text).Select(m => $"{m.Country.Iso2}@{m.Start}{(m.IsBorder ? " border" : "")}").ToArray();

    [Theory]
    [InlineData("Seven soldiers were killed in Niger and Mali.", "NE@30|ML@40")]
    [InlineData("Refugees reached eSwatini and Mali.", "SZ@17|ML@30")]
    [InlineData("the eSwatini border", "SZ@4 border")]
    [InlineData("theNiger eNiger e-Niger", "NE@18")]
    [InlineData("Lake Chad and the Niger River, then Chad", "TD@36")]
    [InlineData("eeee Burkina Faso eee", "BF@5")]
    public void Countries_are_found_whole_with_or_without_a_name_that_begins_in_lower_case(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Found(text));
}
