using ConflictWatch.Extraction.Events;
using ConflictWatch.Extraction.Places;

namespace ConflictWatch.Extraction.Tests.Events;

/// <summary>The countries of the whole text, read off the title-and-text scan, are those a scan of the text alone finds.</summary>
public sealed class DocumentContextTests
{
    private static void AssertWholeTextCountries(string? title, string text)
    {
        var own = CountryMentions.Find(text).Where(c => !c.IsBorder).Select(c => c.Country.Iso2).ToHashSet();
        var found = new DocumentContext(text, title).Countries(0, text.Length);
        if (own.Count > 0)
        {
            Assert.True(own.SetEquals(found), $"title \"{title}\", text \"{text}\": {string.Join(",", found)} instead of {string.Join(",", own)}");
        }
    }

    [Theory]
    [InlineData("Attack near the border with", "Mali: gunmen killed 7 soldiers in the north of Mali on Sunday, officials in Niger said.")]
    [InlineData("Crossing from", "Niger troops moved into Burkina Faso after an attack in the far north of Burkina Faso.")]
    [InlineData("Fishermen on Lake", "Chad said on Monday that 12 fishermen were killed in Chad by Boko Haram fighters.")]
    [InlineData(null, "Mali and Niger and, well beyond the first characters of the text, Burkina Faso.")]
    [InlineData("Mali", "A text that names no country until the end: then Niger.")]
    [InlineData("", "eSwatini and Niger: a name in lower case, then Mali, far into the text, and Chad.")]
    public void The_whole_text_has_the_countries_a_scan_of_it_alone_finds(string? title, string text) =>
        AssertWholeTextCountries(title, text);

    [Fact]
    public void The_same_holds_for_random_titles_and_texts_around_their_boundary()
    {
        string[] pieces = ["Mali", "Niger", "Chad", "Lake", "border with ", "border of ", "from ", "the ", "River", " ", " ", "\n", ",", "soldiers ", "eSwatini", "Burkina Faso", "x"];
        var rng = new Random(5);
        for (var n = 0; n < 5_000; n++)
        {
            string Piece(int count) => string.Concat(Enumerable.Range(0, count).Select(_ => pieces[rng.Next(pieces.Length)]));
            AssertWholeTextCountries(n % 7 == 0 ? null : Piece(rng.Next(0, 6)), Piece(rng.Next(1, 14)));
        }
    }
}
