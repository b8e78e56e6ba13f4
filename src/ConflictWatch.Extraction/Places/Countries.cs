using System.Globalization;
using ConflictWatch.Core;

namespace ConflictWatch.Extraction.Places;

/// <summary>
/// The countries of data/countries.tsv, looked up by ISO2 code, by name (ACLED's or another) and
/// by demonym, all folded ("côte d'ivoire" = "Cote d'Ivoire"). Loaded once per process.
/// </summary>
public static class Countries
{
    public const string ResourceName = "data/countries.tsv";

    private static readonly Lazy<Table> Data = new(Load);

    public static IReadOnlyList<Country> All => Data.Value.All;

    public static Country? ByIso2(string iso2) => Data.Value.ByIso2.GetValueOrDefault(iso2.ToUpperInvariant());

    /// <summary>By ACLED name or another name ("Ivory Coast", "USA").</summary>
    public static Country? ByName(string name) => Data.Value.ByName.GetValueOrDefault(TextFold.Fold(name));

    /// <summary>By demonym ("Burkinabè", "Malian", "French").</summary>
    public static Country? ByDemonym(string demonym) => Data.Value.ByDemonym.GetValueOrDefault(TextFold.Fold(demonym));

    /// <summary>By name, for a word of a text: folded on the stack, so a miss (the usual case) allocates nothing.</summary>
    public static Country? ByName(ReadOnlySpan<char> name) => Find(name, Data.Value.ByName, null);

    /// <summary>By demonym, for a word of a text (see <see cref="ByName(ReadOnlySpan{char})"/>).</summary>
    public static Country? ByDemonym(ReadOnlySpan<char> demonym) => Find(demonym, Data.Value.ByDemonym, null);

    /// <summary><see cref="ByDemonym(ReadOnlySpan{char})"/>, else <see cref="ByName(ReadOnlySpan{char})"/>, folding the word once.</summary>
    public static Country? ByDemonymOrName(ReadOnlySpan<char> word) => Find(word, Data.Value.ByDemonym, Data.Value.ByName);

    /// <summary>The word folded once and looked up in <paramref name="first"/>, then in <paramref name="second"/>.</summary>
    private static Country? Find(ReadOnlySpan<char> word, Dictionary<string, Country> first, Dictionary<string, Country>? second)
    {
        Span<char> buffer = stackalloc char[NameKey.MaxStackLength];
        if (!NameKey.TryFold(word, buffer, out var length))
        {
            var folded = TextFold.Fold(word.ToString());
            return first.GetValueOrDefault(folded) ?? second?.GetValueOrDefault(folded);
        }
        var key = buffer[..length];
        return first.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var country)
            || second is not null && second.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out country) ? country : null;
    }

    /// <summary>True for a country name or demonym ("Niger", "Malian"), which never continues a place name.</summary>
    public static bool IsCountryWord(string word) => ByName(word) is not null || ByDemonym(word) is not null;

    /// <summary><see cref="IsCountryWord(string)"/> for a word of a text, folded once on the stack.</summary>
    public static bool IsCountryWord(ReadOnlySpan<char> word) => ByDemonymOrName(word) is not null;

    private sealed record Table(IReadOnlyList<Country> All, Dictionary<string, Country> ByIso2, Dictionary<string, Country> ByName, Dictionary<string, Country> ByDemonym);

    private static Table Load()
    {
        using var stream = typeof(Countries).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new ConflictWatchException($"{ResourceName}: not embedded in {typeof(Countries).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return Parse(reader, ResourceName);
    }

    private static Table Parse(TextReader reader, string source)
    {
        var all = new List<Country>();
        var byIso2 = new Dictionary<string, Country>(StringComparer.Ordinal);
        var byName = new Dictionary<string, Country>(StringComparer.Ordinal);
        var byDemonym = new Dictionary<string, Country>(StringComparer.Ordinal);
        var lineNo = 0;
        var header = false;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            if (!header)
            {
                header = true;
                continue;
            }
            var f = line.Split('\t');
            if (f.Length != 8
                || !int.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out var numeric)
                || !double.TryParse(f[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(f[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
            {
                throw new ConflictWatchException($"{source} line {lineNo}: expected iso2, iso numeric, name, capital, latitude, longitude, demonyms, other names");
            }
            var c = new Country(f[2], f[0], numeric, f[3], lat, lon) { Demonyms = Split(f[6]), OtherNames = Split(f[7]) };
            if (!byIso2.TryAdd(c.Iso2, c))
            {
                throw new ConflictWatchException($"{source} line {lineNo}: {c.Iso2} appears twice");
            }
            all.Add(c);
            foreach (var n in c.OtherNames.Prepend(c.Name))
            {
                byName.TryAdd(TextFold.Fold(n), c);
            }
            foreach (var d in c.Demonyms)
            {
                byDemonym.TryAdd(TextFold.Fold(d), c);
            }
        }
        return new Table(all, byIso2, byName, byDemonym);
    }

    private static string[] Split(string s) => s.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
