using ConflictWatch.Core;
using ConflictWatch.Extraction.Places;

namespace ConflictWatch.Extraction.Tests.Places;

/// <summary>Ambiguous names of the real dumps, resolved as an analyst would.</summary>
public sealed class PlaceRankerTests(RealGeoNamesFixture real) : IClassFixture<RealGeoNamesFixture>
{
    private static readonly HashSet<string> Niger = ["NE"];
    private static readonly HashSet<string> Mali = ["ML"];

    private Place Best(string name, RankingContext? context = null)
    {
        var best = PlaceRanker.Best(real.Gazetteer.Find(name), context);
        Assert.NotNull(best);
        return best;
    }

    [Fact]
    public void Bosso_near_Diffa_is_the_Bosso_of_Diffa()
    {
        var bosso = Best("Bosso", new RankingContext(Niger, 13.32, 12.61));
        Assert.Equal(("NE", "Diffa"), (bosso.CountryCode, bosso.Admin1));
        Assert.InRange(bosso.Longitude, 13, 14);
    }

    [Fact]
    public void Bosso_near_Tillaberi_is_the_Bosso_of_Tillaberi()
    {
        var bosso = Best("Bosso", new RankingContext(Niger, 14.0, 2.9));
        Assert.Equal(("NE", "Tillaberi"), (bosso.CountryCode, bosso.Admin1));
    }

    [Fact]
    public void Bosso_without_context_is_the_department_seat_in_Diffa() =>
        Assert.Equal("Diffa", Best("Bosso").Admin1);

    [Theory]
    [InlineData("Menaka")]
    [InlineData("Ménaka")]
    public void Menaka_is_the_town_unless_the_text_says_region(string name)
    {
        var town = Best(name);
        Assert.Equal(("ML", "P", "Menaka"), (town.CountryCode, town.FeatureClass, town.Admin1));
        var region = Best(name, new RankingContext(WantsAdministrative: true));
        Assert.Equal(("A", "ADM1"), (region.FeatureClass, region.FeatureCode));
    }

    [Theory]
    [InlineData("Konna")]
    [InlineData("Kona")]
    public void Konna_and_GeoNames_Kona_in_Mali_are_the_town_of_the_Mopti_region(string name)
    {
        var konna = Best(name, new RankingContext(Mali));
        Assert.Equal(("ML", "Mopti"), (konna.CountryCode, konna.Admin1));
        Assert.InRange(Geo.DistanceKm(konna.Latitude, konna.Longitude, 14.94, -3.89), 0, 10);
    }

    [Fact]
    public void Banizoumbou_in_a_Niger_dispatch_is_in_Niger_s_Tillaberi_region()
    {
        Assert.True(real.Gazetteer.Find("Banizoumbou").Count > 5);
        var b = Best("Banizoumbou", new RankingContext(Niger));
        Assert.Equal(("NE", "Tillaberi"), (b.CountryCode, b.Admin1));
    }

    [Fact]
    public void Abala_is_the_department_seat_in_Tillaberi_not_the_Tahoua_village()
    {
        var abala = Best("Abala", new RankingContext(Niger));
        Assert.Equal(("Tillaberi", "P"), (abala.Admin1, abala.FeatureClass));
        Assert.InRange(abala.Longitude, 3.0, 3.8);
    }

    [Fact]
    public void Djibo_is_the_Burkinabe_town() =>
        Assert.Equal(("BF", "PPLA2"), (Best("Djibo").CountryCode, Best("Djibo").FeatureCode));

    [Fact]
    public void Tillaberi_is_the_regional_capital()
    {
        var t = Best("Tillabéri");
        Assert.Equal(("NE", "PPLA"), (t.CountryCode, t.FeatureCode));
    }

    [Fact]
    public void Boni_is_the_Malian_town_on_the_Gao_road_of_the_curated_supplement()
    {
        var boni = Best("Boni");
        Assert.Equal(("ML", "Mopti", "Douentza"), (boni.CountryCode, boni.Admin1, boni.Admin2));
    }

    [Theory]
    [InlineData("in the Menaka region", true)]
    [InlineData("Région de Tillabéri", true)]
    [InlineData("province du Soum", true)]
    [InlineData("cercle of Bankass", true)]
    [InlineData("near the town of Menaka", false)]
    [InlineData("regional forces", false)]
    public void The_words_around_a_mention_tell_whether_an_admin_unit_is_meant(string text, bool administrative) =>
        Assert.Equal(administrative, PlaceRanker.MentionsAdministrativeUnit(text));

    [Fact]
    public void The_context_country_beats_a_bigger_namesake_abroad()
    {
        var candidates = new[]
        {
            new Place(1, "Kona", 11.0, -6.0, "ML", "Sikasso", null, "P", "PPLA2", 50_000),
            new Place(2, "Kona", 13.5, 8.0, "NE", "Maradi", null, "P", "PPL", 0),
        };
        Assert.Equal(2, PlaceRanker.Best(candidates, new RankingContext(Niger))!.Id);
        Assert.Equal(1, PlaceRanker.Best(candidates)!.Id);
        Assert.Null(PlaceRanker.Best([]));
    }

    /// <summary>Best scans once instead of sorting: on every name of the real dumps it must pick the head of the full ranking.</summary>
    [Theory]
    [InlineData(null, null, null, false)]
    [InlineData("NE", 13.5, 2.1, false)]
    [InlineData("ML", 15.9, -1.2, true)]
    [InlineData("BF", null, null, false)]
    public void Best_is_the_head_of_the_ranking_for_every_ambiguous_name(string? country, double? lat, double? lon, bool administrative)
    {
        var context = new RankingContext(country is null ? null : new HashSet<string> { country }, lat, lon, administrative);
        var names = GeoNamesTestData.RealDumps().SelectMany(File.ReadLines).Select(l => l.Split('\t')[1]).Distinct()
            .Where(n => real.Gazetteer.Find(n).Count > 1).ToList();
        Assert.True(names.Count > 100, $"only {names.Count} ambiguous names");
        foreach (var name in names)
        {
            var candidates = real.Gazetteer.Find(name);
            Assert.Same(PlaceRanker.Rank(candidates, context)[0], PlaceRanker.Best(candidates, context));
        }
    }
}
