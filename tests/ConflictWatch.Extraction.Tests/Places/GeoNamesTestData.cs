using System.Globalization;

namespace ConflictWatch.Extraction.Tests.Places;

/// <summary>
/// Test inputs: tiny GeoNames dumps written by the tests themselves, and the real country dumps
/// of the shared data folder next to the repository (never copied into it).
/// </summary>
internal static class GeoNamesTestData
{
    /// <summary>One dump line in GeoNames' 19-column layout.</summary>
    public static string Row(long id, string name, string alternates, double lat, double lon, string fclass, string fcode,
        string country, string admin1 = "", string admin2 = "", long population = 0, string? ascii = null) =>
        string.Join('\t',
            id.ToString(CultureInfo.InvariantCulture), name, ascii ?? name, alternates,
            lat.ToString(CultureInfo.InvariantCulture), lon.ToString(CultureInfo.InvariantCulture),
            fclass, fcode, country, "", admin1, admin2, "", "", population.ToString(CultureInfo.InvariantCulture),
            "", "300", "Africa/Bamako", "2024-01-01");

    /// <summary>A small Malian dump: two regions, a cercle, three towns (one accented), a well (dropped), an airport.</summary>
    public static string[] TinyMali =>
    [
        Row(1, "Gao Region", "Gao,Région de Gao", 16.5, 0.5, "A", "ADM1", "ML", "09"),
        Row(2, "Tombouctou Region", "Timbuktu,Tombouctou", 19.0, -3.0, "A", "ADM1", "ML", "08"),
        Row(3, "Cercle de Ménaka", "", 16.0, 2.5, "A", "ADM2", "ML", "09", "51"),
        Row(4, "Ménaka", "Menaka,ميناكا,MZI,https://en.wikipedia.org/wiki/Menaka", 15.9182, 2.4022, "P", "PPLA2", "ML", "09", "51", 9110, "Menaka"),
        Row(5, "Birni N'Konni", "Birnin Konni", 13.79, 5.25, "P", "PPLA2", "NE", "06", "", 50000),
        Row(6, "Tombouctou", "Timbuktu,Tinbuktu", 16.7735, -3.0074, "P", "PPLA", "ML", "08", "", 35330),
        Row(7, "Puits de Test", "", 16.1, 2.1, "H", "WLL", "ML", "09"),
        Row(8, "Gao International Airport", "GAQ,GAGO,Aéroport de Gao", 16.25, -0.0, "S", "AIRP", "ML", "09"),
    ];

    /// <summary>Writes lines to a new file in <paramref name="dir"/> and returns its path.</summary>
    public static string Write(string dir, string fileName, IEnumerable<string> lines)
    {
        var path = Path.Combine(dir, fileName);
        File.WriteAllLines(path, lines);
        return path;
    }

    /// <summary>
    /// The shared GeoNames dumps (ML, BF, NE, MR): found by walking up from the test binaries to a
    /// directory whose sibling is shared/data/geonames. Fails with a clear message when absent.
    /// </summary>
    public static string[] RealDumps()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir?.Parent is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.Parent.FullName, "shared", "data", "geonames");
            if (Directory.Exists(candidate))
            {
                var files = new[] { "ML", "BF", "NE", "MR" }.Select(c => Path.Combine(candidate, c + ".txt")).ToArray();
                Assert.True(files.All(File.Exists), $"{candidate} lacks one of ML.txt, BF.txt, NE.txt, MR.txt");
                return files;
            }
        }
        Assert.Fail($"These tests need the GeoNames dumps in ../shared/data/geonames next to the repository (searched upwards from {AppContext.BaseDirectory}).");
        return [];
    }
}

/// <summary>A temporary directory removed when the test ends.</summary>
internal sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("cw-gaz-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp directory is harmless.
        }
    }
}
