using ConflictWatch.Core;
using ConflictWatch.Extraction.Places;
using static ConflictWatch.Extraction.Tests.Places.GeoNamesTestData;

namespace ConflictWatch.Extraction.Tests.Places;

public sealed class CompiledGazetteerTests
{
    private static CompiledGazetteer BuildTiny(TempDir tmp)
    {
        var import = Gazetteers.Import([Write(tmp.Path, "ML.txt", TinyMali)], Path.Combine(tmp.Path, "index"));
        Assert.Empty(import.Problems);
        return CompiledGazetteer.Load(Path.Combine(tmp.Path, "index"));
    }

    [Fact]
    public void A_GeoNames_dump_round_trips_through_the_index()
    {
        using var tmp = new TempDir();
        var expected = GeoNamesImporter.Import([Write(tmp.Path, "in.txt", TinyMali)]).Entries.Select(e => e.Place).ToList();

        var index = BuildTiny(tmp);

        Assert.Equal(expected, index.Places);
        Assert.Equal(7, index.Count);
    }

    [Theory]
    [InlineData("Ménaka")]
    [InlineData("menaka")]
    [InlineData("MENAKA")]
    [InlineData("  Menaka ")]
    public void Lookups_fold_accents_case_and_spacing(string name)
    {
        using var tmp = new TempDir();
        var hit = Assert.Single(BuildTiny(tmp).Find(name));
        Assert.Equal(4, hit.Id);
    }

    [Theory]
    [InlineData("Birni N'Konni")]
    [InlineData("Birni N Konni")]
    [InlineData("birni-n’konni")]
    [InlineData("Birnin Konni")]
    public void Apostrophes_and_hyphens_in_names_do_not_matter(string name)
    {
        using var tmp = new TempDir();
        Assert.Equal(5, Assert.Single(BuildTiny(tmp).Find(name)).Id);
    }

    [Fact]
    public void Alternate_names_find_the_place_and_unknown_names_find_nothing()
    {
        using var tmp = new TempDir();
        var index = BuildTiny(tmp);

        Assert.Equal([2L, 6], index.Find("Timbuktu").Select(p => p.Id).Order());
        Assert.Empty(index.Find("Atlantis"));
        Assert.Empty(index.Find("GAQ"));
        Assert.Equal(8, Assert.Single(index.Find("aeroport de gao")).Id);
    }

    [Fact]
    public void MaxNameWords_counts_the_longest_indexed_name()
    {
        using var tmp = new TempDir();
        Assert.Equal(3, BuildTiny(tmp).MaxNameWords); // "gao international airport", "birni n konni"
    }

    [Fact]
    public void A_missing_or_damaged_index_is_reported_with_its_path()
    {
        using var tmp = new TempDir();
        var missing = Assert.Throws<ConflictWatchException>(() => CompiledGazetteer.Load(tmp.Path));
        Assert.Contains(CompiledGazetteer.FileName, missing.Message, StringComparison.Ordinal);

        BuildTiny(tmp);
        var file = Path.Combine(tmp.Path, "index", CompiledGazetteer.FileName);
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);
        var damaged = Assert.Throws<ConflictWatchException>(() => CompiledGazetteer.Load(Path.Combine(tmp.Path, "index")));
        Assert.Contains(file, damaged.Message, StringComparison.Ordinal);
    }
}
