using ConflictWatch.Core;
using ConflictWatch.Extraction.Places;

namespace ConflictWatch.Extraction.Tests.Places;

public sealed class SahelSupplementTests
{
    private static readonly IGazetteer Default = Gazetteers.LoadDefault();

    [Fact]
    public void The_supplement_is_embedded_and_parses()
    {
        Assert.InRange(SahelSupplement.Entries.Count, 150, 400);
        Assert.Same(Default, Gazetteers.LoadDefault());
    }

    [Theory]
    [InlineData("ML", 11)]
    [InlineData("BF", 13)]
    [InlineData("NE", 8)]
    public void Every_ACLED_admin1_unit_of_the_central_Sahel_is_there(string country, int regions) =>
        Assert.Equal(regions, SahelSupplement.Entries.Count(e => e.Place.CountryCode == country && e.Place.FeatureCode == "ADM1"));

    [Theory]
    [InlineData("Ménaka", "Menaka", "ML")]
    [InlineData("Timbuktu", "Timbuktu", "ML")]
    [InlineData("Tombouctou", "Timbuktu", "ML")]
    [InlineData("Sevare", "Mopti", "ML")]
    [InlineData("Konna", "Mopti", "ML")]
    [InlineData("Arbinda", "Sahel", "BF")]
    [InlineData("Aribinda", "Sahel", "BF")]
    [InlineData("Fada N'Gourma", "Est", "BF")]
    [InlineData("Birni N Konni", "Tahoua", "NE")]
    [InlineData("Bani Bangou", "Tillaberi", "NE")]
    [InlineData("Tuizégorou", "Tillaberi", "NE")]
    public void News_spellings_of_towns_resolve_to_the_town(string name, string admin1, string country)
    {
        var town = PlaceRanker.Best(Default.Find(name));
        Assert.NotNull(town);
        Assert.True(town.IsPopulated, $"{name} resolved to {town}");
        Assert.Equal((country, admin1), (town.CountryCode, town.Admin1));
    }

    [Theory]
    [InlineData("tri-border area")]
    [InlineData("Liptako-Gourma")]
    [InlineData("three borders")]
    public void The_tri_border_area_has_a_point_near_the_tripoint(string name)
    {
        var area = Assert.Single(Default.Find(name));
        Assert.Equal("AREA", area.FeatureCode);
        Assert.InRange(Geo.DistanceKm(area.Latitude, area.Longitude, 15.0, 0.5), 0, 100);
    }

    [Fact]
    public void Every_place_of_Mali_Burkina_Faso_and_Niger_lies_in_their_box()
    {
        foreach (var p in SahelSupplement.Entries.Select(e => e.Place).Where(p => p.CountryCode is "ML" or "BF" or "NE"))
        {
            Assert.True(p.Latitude is > 9 and < 25 && p.Longitude is > -13 and < 16, $"{p.Name} ({p.Latitude}, {p.Longitude})");
            Assert.False(string.IsNullOrEmpty(p.Admin1), $"{p.Name} has no admin1");
        }
    }

    [Fact]
    public void A_supplement_with_a_bad_line_is_rejected_naming_the_line()
    {
        var text = "# note\nname\taliases\tcountry_code\tadmin1\tadmin2\tfeature_class\tfeature_code\tlatitude\tlongitude\tpopulation\nX\t\tML\t\t\tP\tPPL\tnorth\t1\t0\n";
        var e = Assert.Throws<ConflictWatchException>(() => SahelSupplement.Parse(new StringReader(text), "test.tsv"));
        Assert.StartsWith("test.tsv line 3:", e.Message, StringComparison.Ordinal);
    }
}
