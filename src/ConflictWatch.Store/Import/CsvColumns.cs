using System.Globalization;

namespace ConflictWatch.Store.Import;

/// <summary>
/// Header names to column indexes, resolved once per file (name lookups per row are slow at millions
/// of rows), with typed getters that raise row errors naming the column and the bad value.
/// </summary>
internal sealed class CsvColumns
{
    private readonly Dictionary<string, int> index = new(StringComparer.OrdinalIgnoreCase);
    private readonly StringPool pool = new();
    private CsvRecords csv = null!;

    public CsvColumns(IEnumerable<string> header)
    {
        var i = 0;
        foreach (var h in header)
        {
            index.TryAdd(h.Trim().TrimStart('\uFEFF'), i++);
        }
    }

    public bool Has(string name) => index.ContainsKey(name);

    /// <summary>The column's index, or -1 when the file has no such column; for readers that resolve their columns once.</summary>
    public int Find(string name) => index.TryGetValue(name, out var i) ? i : -1;

    public void Use(CsvRecords records) => csv = records;

    /// <summary>
    /// A tolerant CSV reader positioned after the header, with its columns bound: malformed rows are the
    /// importers' to report by line (<see cref="CsvRecords"/> never rejects one itself).
    /// </summary>
    public static (CsvRecords Csv, CsvColumns Columns) Open(TextReader text, string origin)
    {
        var csv = new CsvRecords(text);
        if (!csv.Read())
        {
            csv.Dispose();
            throw new ConflictWatch.Core.ConflictWatchException($"{origin}: empty file, no header");
        }
        var cols = new CsvColumns(Enumerable.Range(0, csv.Count).Select(i => csv[i]).ToList());
        cols.Use(csv);
        return (csv, cols);
    }

    public string? Text(string name) => Text(Find(name));

    /// <summary>The field at column <paramref name="i"/> (see <see cref="Find"/>); null when blank or absent.</summary>
    public string? Text(int i)
    {
        var f = Field(i);
        return f.IsWhiteSpace() ? null : new string(f);
    }

    /// <summary>
    /// Like <see cref="Text(int)"/>, for a column whose values repeat from row to row: equal values come
    /// back as one shared string (<see cref="StringPool"/>).
    /// </summary>
    public string? Shared(int i)
    {
        var f = Field(i);
        return f.IsWhiteSpace() ? null : pool.Get(f);
    }

    /// <summary>The raw field (empty when the row is short or the column absent), read without making a string.</summary>
    private ReadOnlySpan<char> Field(int i) => i < 0 || i >= csv.Count ? default : csv.Field(i);

    public string Required(string name) => Text(name) ?? throw new RowException($"{name} is empty");

    public int? Int(string name) => Int(Find(name), name);

    public int? Int(int i, string name)
    {
        var t = Field(i);
        if (t.IsWhiteSpace())
        {
            return null;
        }
        if (int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }
        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d))
        {
            return (int)d;
        }
        throw new RowException($"{name} \"{t}\" is not a whole number");
    }

    public double? Real(string name) => Real(Find(name), name);

    public double? Real(int i, string name)
    {
        var t = Field(i);
        if (t.IsWhiteSpace())
        {
            return null;
        }
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : throw new RowException($"{name} \"{t}\" is not a number");
    }
}

/// <summary>A problem with one row; the reader turns it into a row error and goes on.</summary>
internal sealed class RowException(string message) : Exception(message);
