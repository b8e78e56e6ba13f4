using ConflictWatch.Extraction.Places;
using static ConflictWatch.Extraction.Tests.Places.GeoNamesTestData;

namespace ConflictWatch.Extraction.Tests.Places;

public sealed class GeoNamesImporterTests
{
    [Fact]
    public void A_GeoNames_dump_keeps_places_admin_units_and_airports_but_not_wells()
    {
        using var tmp = new TempDir();
        var import = GeoNamesImporter.Import([Write(tmp.Path, "ML.txt", TinyMali)]);

        Assert.Empty(import.Problems);
        Assert.Equal(8, import.RowsRead);
        Assert.Equal([1L, 2, 3, 4, 5, 6, 8], import.Entries.Select(e => e.Place.Id));
    }

    [Fact]
    public void Admin_names_come_from_the_dump_s_own_admin_rows_in_ACLED_form()
    {
        using var tmp = new TempDir();
        var import = GeoNamesImporter.Import([Write(tmp.Path, "ML.txt", TinyMali)]);
        var menaka = import.Entries.Single(e => e.Place.Id == 4).Place;
        var timbuktu = import.Entries.Single(e => e.Place.Id == 6).Place;

        Assert.Equal("Gao", menaka.Admin1);
        Assert.Equal("Ménaka", menaka.Admin2);
        Assert.Equal("Timbuktu", timbuktu.Admin1);
    }

    [Fact]
    public void Alternate_names_in_other_scripts_codes_and_links_are_not_indexed()
    {
        using var tmp = new TempDir();
        var import = GeoNamesImporter.Import([Write(tmp.Path, "ML.txt", TinyMali)]);

        Assert.Equal(["Ménaka", "Menaka", "Menaka"], import.Entries.Single(e => e.Place.Id == 4).Names);
        Assert.Equal(["Gao International Airport", "Aéroport de Gao"], import.Entries.Single(e => e.Place.Id == 8).Names);
    }

    [Fact]
    public void Bad_lines_are_reported_with_file_and_line_number_and_skipped()
    {
        using var tmp = new TempDir();
        var lines = TinyMali.ToList();
        lines.Insert(1, "123\tToo\tfew\tcolumns");
        lines.Insert(3, Row(99, "Nowhere", "", 0, 0, "P", "PPL", "ML").Replace("\t0\t0\tP", "\tabc\t0\tP", StringComparison.Ordinal));
        var path = Write(tmp.Path, "bad.txt", lines);

        var import = GeoNamesImporter.Import([path, Path.Combine(tmp.Path, "missing.txt")]);

        Assert.Equal(7, import.Entries.Count);
        Assert.Collection(import.Problems,
            p => Assert.Equal((path, 2L), (p.File, p.Line)),
            p => Assert.Equal((path, 4L), (p.File, p.Line)),
            p => Assert.Equal((Path.Combine(tmp.Path, "missing.txt"), 0L, "file not found"), (p.File, p.Line, p.Message)));
        Assert.Contains("columns", import.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("latitude", import.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cities500_file_takes_its_admin_names_from_GeoNames_code_tables()
    {
        using var tmp = new TempDir();
        var cities = Write(tmp.Path, "cities500.txt", [Row(2361177, "Djibo", "", 14.0994, -1.6255, "P", "PPLA2", "BF", "12", "40", 22223)]);
        var admin1 = Write(tmp.Path, "admin1CodesASCII.txt", ["BF.12\tSahel\tSahel\t2597261", "ML.08\tTombouctou\tTombouctou\t2449066"]);
        var admin2 = Write(tmp.Path, "admin2Codes.txt", ["BF.12.40\tProvince du Soum\tProvince du Soum\t2355418", "bad line"]);

        var import = GeoNamesImporter.Import([admin1, admin2, cities]);

        var djibo = Assert.Single(import.Entries).Place;
        Assert.Equal(("Sahel", "Soum"), (djibo.Admin1, djibo.Admin2));
        Assert.Equal((admin2, 2L), (Assert.Single(import.Problems).File, import.Problems[0].Line));
    }

    [Theory]
    [InlineData("Tombouctou Region", "Tombouctou")]
    [InlineData("Province du Soum", "Soum")]
    [InlineData("Province de l’Oudalan", "Oudalan")]
    [InlineData("Cercle d’Abeïbara", "Abeïbara")]
    [InlineData("Wilaya du Trarza", "Trarza")]
    [InlineData("Douentza Cercle", "Douentza")]
    [InlineData("Sahel", "Sahel")]
    public void Admin_unit_names_lose_their_administrative_affixes(string geoNames, string expected) =>
        Assert.Equal(expected, AdminNames.Strip(geoNames));

    [Theory]
    [InlineData("Menaka", true)]
    [InlineData("Birni N'Konni", true)]
    [InlineData("Bamakɔ", true)]
    [InlineData("GAQ", false)]
    [InlineData("DRRN", false)]
    [InlineData("ميناكا", false)]
    [InlineData("Мопти", false)]
    [InlineData("https://en.wikipedia.org/wiki/Mopti", false)]
    [InlineData("12345", false)]
    [InlineData("TOMBOUCTOU", true)]
    public void Only_plausible_Latin_script_alternate_names_are_usable(string name, bool usable) =>
        Assert.Equal(usable, AlternateNames.IsUsable(name));
}
