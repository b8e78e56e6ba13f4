using ConflictWatch.Extraction.Places;

namespace ConflictWatch.Extraction.Tests.Places;

public sealed class CountriesTests
{
    [Fact]
    public void All_of_Africa_and_the_outside_powers_are_listed() =>
        Assert.InRange(Countries.All.Count, 85, 100);

    [Theory]
    [InlineData("ML", "Mali", 466, "Bamako")]
    [InlineData("bf", "Burkina Faso", 854, "Ouagadougou")]
    [InlineData("NE", "Niger", 562, "Niamey")]
    public void Countries_are_found_by_ISO2(string iso2, string name, int numeric, string capital)
    {
        var c = Countries.ByIso2(iso2);
        Assert.NotNull(c);
        Assert.Equal((name, numeric, capital), (c.Name, c.IsoNumeric, c.Capital));
    }

    [Theory]
    [InlineData("Côte d'Ivoire", "CI")]
    [InlineData("Ivory Coast", "CI")]
    [InlineData("cote d ivoire", "CI")]
    [InlineData("Burkina", "BF")]
    [InlineData("UAE", "AE")]
    [InlineData("United States", "US")]
    public void Countries_are_found_by_any_of_their_names(string name, string iso2) =>
        Assert.Equal(iso2, Countries.ByName(name)?.Iso2);

    [Theory]
    [InlineData("Malian", "ML")]
    [InlineData("Burkinabe", "BF")]
    [InlineData("Burkinabè", "BF")]
    [InlineData("Burkinabé", "BF")]
    [InlineData("Nigerien", "NE")]
    [InlineData("Nigerian", "NG")]
    [InlineData("French", "FR")]
    [InlineData("Russian", "RU")]
    [InlineData("Turkish", "TR")]
    [InlineData("American", "US")]
    public void Countries_are_found_by_demonym(string demonym, string iso2) =>
        Assert.Equal(iso2, Countries.ByDemonym(demonym)?.Iso2);

    [Fact]
    public void Unknown_names_find_nothing()
    {
        Assert.Null(Countries.ByName("Atlantis"));
        Assert.Null(Countries.ByDemonym("Martian"));
        Assert.Null(Countries.ByIso2("XX"));
    }
}
