using System.Globalization;
using ConflictWatch.Core;

namespace ConflictWatch.Extraction.Places;

/// <summary>
/// The hand-curated places of data/gazetteer/sahel.tsv: ACLED's admin1 units, the most-reported
/// towns under the spellings the news uses, and named areas GeoNames lacks ("tri-border area").
/// Its places have negative ids, so they are never mistaken for GeoNames ids.
/// </summary>
public static class SahelSupplement
{
    public const string ResourceName = "data/gazetteer/sahel.tsv";

    private static readonly string[] Header =
        ["name", "aliases", "country_code", "admin1", "admin2", "feature_class", "feature_code", "latitude", "longitude", "population"];

    private static readonly Lazy<IReadOnlyList<GazetteerEntry>> Built = new(LoadEmbedded);

    /// <summary>The embedded supplement, parsed once per process.</summary>
    public static IReadOnlyList<GazetteerEntry> Entries => Built.Value;

    /// <summary>Parses a supplement in the sahel.tsv format; <paramref name="source"/> names it in error messages.</summary>
    public static IReadOnlyList<GazetteerEntry> Parse(TextReader reader, string source)
    {
        var entries = new List<GazetteerEntry>();
        var lineNo = 0;
        var sawHeader = false;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var f = line.Split('\t');
            if (!sawHeader)
            {
                if (!f.SequenceEqual(Header))
                {
                    throw new ConflictWatchException($"{source} line {lineNo}: expected the column header '{string.Join(' ', Header)}'");
                }
                sawHeader = true;
                continue;
            }
            if (f.Length != Header.Length)
            {
                throw new ConflictWatchException($"{source} line {lineNo}: expected {Header.Length} tab-separated columns, found {f.Length}");
            }
            if (!double.TryParse(f[7], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(f[8], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
                || lat is < -90 or > 90 || lon is < -180 or > 180)
            {
                throw new ConflictWatchException($"{source} line {lineNo}: latitude/longitude '{f[7]}', '{f[8]}' is not a point");
            }
            if (!long.TryParse(f[9].Length == 0 ? "0" : f[9], NumberStyles.None, CultureInfo.InvariantCulture, out var population))
            {
                throw new ConflictWatchException($"{source} line {lineNo}: population '{f[9]}' is not a whole number");
            }
            var place = new Place(-(entries.Count + 1), f[0], lat, lon, f[2], Empty(f[3]), Empty(f[4]), f[5], f[6], population);
            var aliases = f[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            entries.Add(new GazetteerEntry(place, [f[0], .. aliases]));
        }
        if (!sawHeader)
        {
            throw new ConflictWatchException($"{source}: no column header");
        }
        return entries;
    }

    /// <summary>The supplement as a gazetteer of its own (what <see cref="Gazetteers.LoadDefault"/> returns).</summary>
    internal static InMemoryGazetteer ToGazetteer()
    {
        var g = new InMemoryGazetteer();
        foreach (var e in Entries)
        {
            g.Add(e.Place, e.Names);
        }
        return g;
    }

    private static string? Empty(string s) => s.Length == 0 ? null : s;

    private static IReadOnlyList<GazetteerEntry> LoadEmbedded()
    {
        using var stream = typeof(SahelSupplement).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new ConflictWatchException($"{ResourceName}: not embedded in {typeof(SahelSupplement).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return Parse(reader, ResourceName);
    }
}
