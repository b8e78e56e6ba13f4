using System.Text;
using ConflictWatch.Core;

namespace ConflictWatch.Extraction.Places;

/// <summary>
/// Writes the flat index file <see cref="CompiledGazetteer"/> loads: magic and version, a string
/// table (names, codes, admin names, each once), fixed-width place records pointing into it, then
/// the folded keys in ordinal order, each with the numbers of its places, and an end mark.
/// </summary>
public static class CompiledGazetteerWriter
{
    /// <summary>Writes the index of <paramref name="entries"/> to <paramref name="directory"/>/places.cwg (replacing it whole).</summary>
    public static void Write(string directory, IReadOnlyList<GazetteerEntry> entries)
    {
        Directory.CreateDirectory(directory);
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        var table = new List<string>();
        int S(string? s)
        {
            if (s is null)
            {
                return -1;
            }
            if (!strings.TryGetValue(s, out var i))
            {
                strings[s] = i = table.Count;
                table.Add(s);
            }
            return i;
        }
        var records = new int[entries.Count * 6];
        var keys = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var p = entries[i].Place;
            records[i * 6] = S(p.Name);
            records[i * 6 + 1] = S(p.CountryCode);
            records[i * 6 + 2] = S(p.Admin1);
            records[i * 6 + 3] = S(p.Admin2);
            records[i * 6 + 4] = S(p.FeatureClass);
            records[i * 6 + 5] = S(p.FeatureCode);
            foreach (var n in entries[i].Names)
            {
                var key = TextFold.Fold(n);
                if (key.Length == 0)
                {
                    continue;
                }
                if (!keys.TryGetValue(key, out var list))
                {
                    keys[key] = list = [];
                }
                if (list.Count == 0 || list[^1] != i)
                {
                    list.Add(i);
                }
            }
        }
        var path = Path.Combine(directory, CompiledGazetteer.FileName);
        var temp = path + ".tmp";
        using (var w = new BinaryWriter(File.Create(temp), Encoding.UTF8))
        {
            w.Write(CompiledGazetteer.Magic);
            w.Write(CompiledGazetteer.Version);
            w.Write(table.Count);
            foreach (var s in table)
            {
                w.Write(s);
            }
            w.Write(entries.Count);
            for (var i = 0; i < entries.Count; i++)
            {
                var p = entries[i].Place;
                w.Write(p.Id);
                w.Write((int)Math.Round(p.Latitude * CompiledGazetteer.Scale));
                w.Write((int)Math.Round(p.Longitude * CompiledGazetteer.Scale));
                for (var j = 0; j < 6; j++)
                {
                    w.Write(records[i * 6 + j]);
                }
                w.Write(p.Population);
            }
            w.Write(keys.Count);
            foreach (var (key, list) in keys.OrderBy(k => k.Key, StringComparer.Ordinal))
            {
                w.Write(key);
                w.Write(list.Count);
                foreach (var i in list)
                {
                    w.Write(i);
                }
            }
            w.Write(CompiledGazetteer.EndMark);
        }
        File.Move(temp, path, overwrite: true);
    }
}
