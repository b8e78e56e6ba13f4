using ConflictWatch.Extraction.Places;
using static ConflictWatch.Extraction.Tests.Places.GeoNamesTestData;

namespace ConflictWatch.Extraction.Tests.Places;

public sealed class CompositeGazetteerTests
{
    private static string[] Dump =>
    [
        .. TinyMali,
        Row(10, "Kona", "", 14.9433, -3.8947, "P", "PPL", "ML"),
        Row(11, "Kona", "", 11.62, -6.28, "P", "PPL", "ML", "06"),
        Row(12, "Aéroport International de Niamey Diori Hamani Sud", "", 13.48, 2.18, "S", "AIRP", "NE", "08"),
    ];

    private static CompositeGazetteer Build(TempDir tmp)
    {
        var dir = Path.Combine(tmp.Path, "index");
        Gazetteers.Import([Write(tmp.Path, "ML.txt", Dump)], dir);
        return Assert.IsType<CompositeGazetteer>(Gazetteers.Load(dir));
    }

    [Fact]
    public void A_curated_town_that_duplicates_an_index_town_is_offered_once_as_the_index_entry()
    {
        using var tmp = new TempDir();
        var towns = Build(tmp).Find("Menaka").Where(p => p.IsPopulated).ToList();

        var town = Assert.Single(towns);
        Assert.Equal(4, town.Id);
        Assert.Equal("Menaka", town.Admin1); // ACLED's admin1 from the supplement; GeoNames says Gao
        Assert.Equal("PPLA", town.FeatureCode); // a regional capital since 2016, as curated
    }

    [Fact]
    public void A_curated_spelling_leads_to_the_index_entry_it_duplicates()
    {
        using var tmp = new TempDir();
        var g = Build(tmp);

        var konna = Assert.Single(g.Find("Konna"));
        Assert.Equal((10L, "Konna"), (konna.Id, konna.Name));
        Assert.Equal("Mopti", konna.Admin1); // the index entry has no admin1; the supplement's is kept
        Assert.Equal([10L, 11], g.Find("Kona").Select(p => p.Id).Order());
    }

    [Fact]
    public void Curated_places_missing_from_the_index_are_added_and_duplicates_are_not()
    {
        using var tmp = new TempDir();
        var g = Build(tmp);

        Assert.True(Assert.Single(g.Find("Sévaré")).Id < 0);
        Assert.Equal(5, Assert.Single(g.Find("Birni N'Konni")).Id);
    }

    [Fact]
    public void A_curated_region_supersedes_the_GeoNames_unit()
    {
        using var tmp = new TempDir();
        var gao = Build(tmp).Find("Gao Region");

        var region = Assert.Single(gao);
        Assert.True(region.Id < 0);
        Assert.Equal(("Gao", "ADM1"), (region.Admin1, region.FeatureCode));
    }

    [Fact]
    public void MaxNameWords_covers_both_layers_and_Count_does_not_count_duplicates_twice()
    {
        using var tmp = new TempDir();
        var g = Build(tmp);
        var index = CompiledGazetteer.Load(Path.Combine(tmp.Path, "index"));

        Assert.Equal(7, index.MaxNameWords);
        Assert.Equal(7, g.MaxNameWords);
        Assert.True(Gazetteers.LoadDefault().MaxNameWords >= 4);
        Assert.InRange(g.Count, index.Count + 1, index.Count + SahelSupplement.Entries.Count - 3);
    }
}
