namespace ConflictWatch.Extraction.Places;

/// <summary>
/// Admin codes to names for one import. Filled from the ADM1/ADM2 rows of country dumps, and from
/// GeoNames' admin1CodesASCII.txt / admin2Codes.txt, which a cities500.txt import needs because
/// that file has no admin rows of its own.
/// </summary>
internal sealed class GeoNamesAdminCodes
{
    private readonly AdminNames names = new(SahelSupplement.Entries.Where(e => e.Place.FeatureCode == "ADM1"));
    private readonly Dictionary<(string, string), string> admin1 = [];
    private readonly Dictionary<(string, string, string), string> admin2 = [];

    /// <summary>True for GeoNames' code tables (admin1CodesASCII.txt, admin2Codes.txt), which are read by <see cref="ReadCodeFile"/>.</summary>
    public static bool IsCodeFile(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith("admin1Codes", StringComparison.OrdinalIgnoreCase) || name.StartsWith("admin2Codes", StringComparison.OrdinalIgnoreCase);
    }

    public void AddAdmin1(string country, string code, string name, IEnumerable<string> alternates) =>
        admin1.TryAdd((country, code), names.Admin1(country, name, alternates));

    public void AddAdmin2(string country, string admin1Code, string code, string name) =>
        admin2.TryAdd((country, admin1Code, code), AdminNames.Strip(name));

    public string? Admin1(string country, string code) => code.Length > 0 ? admin1.GetValueOrDefault((country, code)) : null;

    public string? Admin2(string country, string admin1Code, string code) =>
        code.Length > 0 ? admin2.GetValueOrDefault((country, admin1Code, code)) : null;

    /// <summary>Reads "ML.08\tTombouctou\tTombouctou\t2449066" (admin1) or "ML.08.123\t..." (admin2) lines; returns the rows read.</summary>
    public long ReadCodeFile(string path, TextReader reader, List<ImportProblem> problems)
    {
        long lineNo = 0, read = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            read++;
            var f = line.Split('\t');
            var code = f[0].Split('.');
            if (f.Length < 3 || code.Length is < 2 or > 3 || code.Any(c => c.Length == 0))
            {
                problems.Add(new ImportProblem(path, lineNo, "expected CC.ADMIN1[.ADMIN2], name, ascii name, geonameid"));
                continue;
            }
            if (code.Length == 2)
            {
                AddAdmin1(code[0], code[1], f[1], [f[2]]);
            }
            else
            {
                AddAdmin2(code[0], code[1], code[2], f[1]);
            }
        }
        return read;
    }
}
