using System.Globalization;
using System.IO.Compression;
using ConflictWatch.Core;

namespace ConflictWatch.Extraction.Places;

/// <summary>What an import produced: the places, the bad lines, and how many rows were read.</summary>
public sealed record GeoNamesImport(IReadOnlyList<GazetteerEntry> Entries, IReadOnlyList<ImportProblem> Problems, long RowsRead);

/// <summary>
/// Reads GeoNames country dumps (ML.txt, or ML.zip as downloaded) and cities500.txt-style files,
/// keeping what the extractor can name: populated places, admin units and a few landmarks.
/// Admin1/admin2 names come from the ADM1/ADM2 rows read in the same import (or from GeoNames'
/// admin1CodesASCII.txt / admin2Codes.txt given with it), so a place carries "Sahel", not "12". Bad lines are reported with their line number and skipped.
/// </summary>
public static class GeoNamesImporter
{
    private const int Columns = 19;

    /// <summary>Landmark feature codes worth a name lookup besides classes P and A.</summary>
    private static readonly HashSet<string> KeptFeatures =
        ["S.AIRP", "S.AIRF", "S.MLTY", "S.CMPRF", "S.FT", "L.RGN", "L.AREA", "T.MTS", "H.LK"];

    public static GeoNamesImport Import(IEnumerable<string> paths)
    {
        var problems = new List<ImportProblem>();
        var rows = new List<Row>();
        var admins = new GeoNamesAdminCodes();
        long read = 0;
        foreach (var path in paths)
        {
            try
            {
                using var reader = Open(path);
                read += GeoNamesAdminCodes.IsCodeFile(path) ? admins.ReadCodeFile(path, reader, problems) : ReadRows(path, reader, rows, problems);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                problems.Add(new ImportProblem(path, 0, e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : e.Message));
            }
        }
        return new GeoNamesImport(Resolve(rows, admins), problems, read);
    }

    private static TextReader Open(string path)
    {
        if (!path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return new StreamReader(path, System.Text.Encoding.UTF8, false, new FileStreamOptions { BufferSize = 1 << 16 });
        }
        var zip = ZipFile.OpenRead(path);
        var entry = zip.Entries.FirstOrDefault(e => e.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
                                                    && !e.Name.Equals("readme.txt", StringComparison.OrdinalIgnoreCase))
                    ?? throw new InvalidDataException("the archive holds no .txt dump");
        return new ZipEntryReader(zip, entry.Open());
    }

    private static long ReadRows(string path, TextReader reader, List<Row> rows, List<ImportProblem> problems)
    {
        Span<Range> cols = stackalloc Range[Columns + 1];
        long lineNo = 0, read = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            read++;
            var s = line.AsSpan();
            var n = s.Split(cols, '\t');
            if (n != Columns)
            {
                problems.Add(new ImportProblem(path, lineNo, $"expected {Columns} tab-separated columns, found {(n > Columns ? "more" : n.ToString(CultureInfo.InvariantCulture))}"));
                continue;
            }
            var fclass = s[cols[6]];
            var fcode = s[cols[7]];
            if (!Keep(fclass, fcode))
            {
                continue;
            }
            if (!long.TryParse(s[cols[0]], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                || !double.TryParse(s[cols[4]], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(s[cols[5]], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
                || lat is < -90 or > 90 || lon is < -180 or > 180)
            {
                problems.Add(new ImportProblem(path, lineNo, "geonameid, latitude or longitude is not a number in range"));
                continue;
            }
            _ = long.TryParse(s[cols[14]], NumberStyles.None, CultureInfo.InvariantCulture, out var population);
            rows.Add(new Row(id, s[cols[1]].ToString(), s[cols[2]].ToString(), s[cols[3]].ToString(), lat, lon,
                string.Intern(fclass.ToString()), string.Intern(fcode.ToString()), string.Intern(s[cols[8]].ToString()),
                string.Intern(s[cols[10]].ToString()), string.Intern(s[cols[11]].ToString()), population));
        }
        return read;
    }

    private static bool Keep(ReadOnlySpan<char> fclass, ReadOnlySpan<char> fcode)
    {
        if (fclass is "P" or "A")
        {
            return true;
        }
        Span<char> key = stackalloc char[fclass.Length + 1 + fcode.Length];
        fclass.CopyTo(key);
        key[fclass.Length] = '.';
        fcode.CopyTo(key[(fclass.Length + 1)..]);
        return KeptFeatures.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key);
    }

    /// <summary>Second pass: admin codes to names, then places with every usable name.</summary>
    private static List<GazetteerEntry> Resolve(List<Row> rows, GeoNamesAdminCodes admins)
    {
        foreach (var r in rows)
        {
            if (r.FeatureCode == "ADM1" && r.Admin1Code.Length > 0)
            {
                admins.AddAdmin1(r.Country, r.Admin1Code, r.Name, SplitAlternates(r.Alternates));
            }
            else if (r.FeatureCode == "ADM2" && r.Admin2Code.Length > 0)
            {
                admins.AddAdmin2(r.Country, r.Admin1Code, r.Admin2Code, r.Name);
            }
        }
        var entries = new List<GazetteerEntry>(rows.Count);
        foreach (var r in rows)
        {
            var a1 = admins.Admin1(r.Country, r.Admin1Code);
            var a2 = admins.Admin2(r.Country, r.Admin1Code, r.Admin2Code);
            var place = new Place(r.Id, r.Name, r.Latitude, r.Longitude, r.Country, a1, a2, r.FeatureClass, r.FeatureCode, r.Population);
            var names = new List<string> { r.Name };
            if (r.AsciiName.Length > 0 && r.AsciiName != r.Name)
            {
                names.Add(r.AsciiName);
            }
            foreach (var alt in SplitAlternates(r.Alternates))
            {
                if (AlternateNames.IsUsable(alt))
                {
                    names.Add(alt);
                }
            }
            entries.Add(new GazetteerEntry(place, names));
        }
        return entries;
    }

    private static IEnumerable<string> SplitAlternates(string alternates) =>
        alternates.Length == 0 ? [] : alternates.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private sealed record Row(long Id, string Name, string AsciiName, string Alternates, double Latitude, double Longitude,
        string FeatureClass, string FeatureCode, string Country, string Admin1Code, string Admin2Code, long Population);

    /// <summary>Reads one zip entry and closes the archive with it.</summary>
    private sealed class ZipEntryReader(ZipArchive zip, Stream entry) : StreamReader(entry)
    {
        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                zip.Dispose();
            }
        }
    }
}
