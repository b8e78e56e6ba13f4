using ConflictWatch.Extraction.Places;
using Xunit.Abstractions;

namespace ConflictWatch.Extraction.Tests.Places;

/// <summary>Lookups against the real Mali, Burkina Faso, Niger and Mauritania dumps (../shared/data/geonames).</summary>
public sealed class RealGeoNamesTests(RealGeoNamesFixture real, ITestOutputHelper output) : IClassFixture<RealGeoNamesFixture>
{
    [Fact]
    public void The_four_dumps_import_without_bad_lines_and_their_load_time_is_reported()
    {
        output.WriteLine($"{real.Import.RowsRead} rows, {real.Import.Entries.Count} places; import {real.ImportTime.TotalMilliseconds:F0} ms, " +
                         $"load {real.LoadTime.TotalMilliseconds:F0} ms (first load in this process, includes JIT), index {real.IndexBytes / 1024} KB");
        Assert.Empty(real.Import.Problems);
        Assert.InRange(real.Import.RowsRead, 60_000, 80_000);
        Assert.InRange(real.Gazetteer.Count, 35_000, 60_000);
    }

    [Fact]
    public void Accented_and_plain_spellings_find_the_same_places()
    {
        Assert.Equal(real.Gazetteer.Find("Ménaka"), real.Gazetteer.Find("Menaka"));
        Assert.Equal(real.Gazetteer.Find("Tillabéri"), real.Gazetteer.Find("TILLABERI"));
        Assert.NotEmpty(real.Gazetteer.Find("Ménaka"));
    }

    [Fact]
    public void Djibo_is_in_the_Sahel_region_and_Soum_province()
    {
        var djibo = PlaceRanker.Best(real.Gazetteer.Find("Djibo"));
        Assert.NotNull(djibo);
        Assert.Equal(("BF", "Sahel", "Soum"), (djibo.CountryCode, djibo.Admin1, djibo.Admin2));
    }

    [Theory]
    [InlineData("ML", "Gao", "Timbuktu", "Mopti", "Kidal", "Segou", "Kayes", "Sikasso", "Koulikoro", "Bamako")]
    [InlineData("BF", "Sahel", "Est", "Nord", "Centre-Nord", "Boucle du Mouhoun", "Hauts-Bassins", "Sud-Ouest", "Cascades", "Centre")]
    [InlineData("NE", "Tillaberi", "Tahoua", "Diffa", "Agadez", "Zinder", "Maradi", "Dosso", "Niamey")]
    public void GeoNames_admin1_names_are_mapped_to_ACLED_names(string country, params string[] expected)
    {
        var admin1 = real.Import.Entries.Select(e => e.Place).Where(p => p.CountryCode == country && p.Admin1 is not null)
            .Select(p => p.Admin1!).ToHashSet();
        Assert.Superset(expected.ToHashSet(), admin1);
    }

    [Fact]
    public void Region_names_that_are_common_words_elsewhere_still_find_the_curated_region()
    {
        var tillaberiRegion = PlaceRanker.Best(real.Gazetteer.Find("Tillabéri"), new RankingContext(WantsAdministrative: true));
        Assert.NotNull(tillaberiRegion);
        Assert.Equal(("ADM1", "Tillaberi"), (tillaberiRegion.FeatureCode, tillaberiRegion.Admin1));
    }
}
