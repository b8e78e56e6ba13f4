using ConflictWatch.Core;

namespace ConflictWatch.Extraction.Places;

/// <summary>Where gazetteers come from: the built-in default, or an index made by <c>gazetteer import</c>.</summary>
public static class Gazetteers
{
    private static readonly Lazy<InMemoryGazetteer> Default = new(SahelSupplement.ToGazetteer);

    /// <summary>The built-in gazetteer (curated Sahel supplement), built once per process and shared.</summary>
    public static IGazetteer LoadDefault() => Default.Value;

    /// <summary>An index directory made by <c>gazetteer import</c>, layered with the built-in supplement.</summary>
    public static IGazetteer Load(string directory) => new CompositeGazetteer(CompiledGazetteer.Load(directory), SahelSupplement.Entries);

    /// <summary>Imports GeoNames dumps and writes the index to <paramref name="directory"/>; the problems are the bad lines skipped.</summary>
    public static GeoNamesImport Import(IEnumerable<string> geoNamesFiles, string directory)
    {
        var files = geoNamesFiles.ToList();
        var import = GeoNamesImporter.Import(files);
        if (import.Entries.Count > 0)
        {
            CompiledGazetteerWriter.Write(directory, import.Entries);
            // GeoNames' licence (CC BY 4.0) asks for credit wherever the derived index travels.
            File.WriteAllLines(Path.Combine(directory, "SOURCE.txt"),
            [
                "This gazetteer index is derived from GeoNames (https://www.geonames.org), licensed under CC BY 4.0.",
                $"Built by 'conflictwatch gazetteer import' from: {string.Join(", ", files.Select(Path.GetFileName))}",
            ]);
        }
        return import;
    }
}
