using System.Text;
using ConflictWatch.Core;

namespace ConflictWatch.Extraction.Places;

/// <summary>
/// The index <c>gazetteer import</c> writes and <see cref="Gazetteers.Load"/> reads: one flat file
/// (a string table, fixed-width place records, sorted folded keys with their place numbers), so
/// that loading is a read and a few array fills rather than a re-parse of the GeoNames text.
/// <see cref="CompiledGazetteerWriter"/> writes it.
/// </summary>
public sealed class CompiledGazetteer : IGazetteer, IFoldedLookup
{
    /// <summary>The index file inside an index directory.</summary>
    public const string FileName = "places.cwg";

    internal const int Magic = 0x5A475743; // "CWGZ"
    internal const int Version = 1;
    internal const int EndMark = 0x21444E45; // "END!"

    /// <summary>Coordinates are stored as integers of 1e-5 degrees (about 1 m), GeoNames' own precision.</summary>
    internal const double Scale = 1e5;

    private readonly Dictionary<string, Place[]> byKey;
    private readonly Dictionary<string, Place[]>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    private CompiledGazetteer(Place[] places, Dictionary<string, Place[]> byKey)
    {
        Places = places;
        this.byKey = byKey;
        bySpan = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = 1;
        foreach (var k in byKey.Keys)
        {
            words = Math.Max(words, NameKey.WordCount(k));
        }
        MaxNameWords = words;
    }

    public int Count => Places.Count;

    public int MaxNameWords { get; }

    /// <summary>Every place of the index, in import order.</summary>
    public IReadOnlyList<Place> Places { get; }

    /// <summary>Number of distinct folded names.</summary>
    public int NameCount => byKey.Count;

    public IReadOnlyList<Place> Find(string name)
    {
        Span<char> buffer = stackalloc char[NameKey.MaxStackLength];
        return NameKey.TryFold(name, buffer, out var length) ? FindFolded(buffer[..length]) : FindFolded(TextFold.Fold(name));
    }

    /// <summary>Lookup by an already folded key.</summary>
    public IReadOnlyList<Place> FindFolded(ReadOnlySpan<char> key) => bySpan.TryGetValue(key, out var hit) ? hit : Array.Empty<Place>();

    /// <summary>Loads <paramref name="directory"/>/places.cwg; throws <see cref="ConflictWatchException"/> naming the file when it is missing or damaged.</summary>
    public static CompiledGazetteer Load(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            throw new ConflictWatchException($"{path}: no gazetteer index here (make one with 'conflictwatch gazetteer import FILE... --output {directory}')");
        }
        try
        {
            using var r = new BinaryReader(new MemoryStream(File.ReadAllBytes(path)), Encoding.UTF8);
            if (r.ReadInt32() != Magic || r.ReadInt32() != Version)
            {
                throw new ConflictWatchException($"{path}: not a gazetteer index of this version (re-run 'gazetteer import')");
            }
            var table = new string[r.ReadInt32()];
            for (var i = 0; i < table.Length; i++)
            {
                table[i] = r.ReadString();
            }
            string? S(int i) => i < 0 ? null : table[i];
            var places = new Place[r.ReadInt32()];
            for (var i = 0; i < places.Length; i++)
            {
                var id = r.ReadInt64();
                var lat = r.ReadInt32() / Scale;
                var lon = r.ReadInt32() / Scale;
                int name = r.ReadInt32(), cc = r.ReadInt32(), a1 = r.ReadInt32(), a2 = r.ReadInt32(), fc = r.ReadInt32(), fcode = r.ReadInt32();
                places[i] = new Place(id, table[name], lat, lon, table[cc], S(a1), S(a2), table[fc], table[fcode], r.ReadInt64());
            }
            var keyCount = r.ReadInt32();
            var byKey = new Dictionary<string, Place[]>(keyCount, StringComparer.Ordinal);
            for (var k = 0; k < keyCount; k++)
            {
                var key = r.ReadString();
                var hits = new Place[r.ReadInt32()];
                for (var j = 0; j < hits.Length; j++)
                {
                    hits[j] = places[r.ReadInt32()];
                }
                byKey[key] = hits;
            }
            if (r.ReadInt32() != EndMark)
            {
                throw new ConflictWatchException($"{path}: the index is damaged (no end mark); re-run 'gazetteer import'");
            }
            return new CompiledGazetteer(places, byKey);
        }
        catch (Exception e) when (e is EndOfStreamException or IndexOutOfRangeException or IOException or OverflowException)
        {
            throw new ConflictWatchException($"{path}: the index is truncated or damaged ({e.Message}); re-run 'gazetteer import'", e);
        }
    }
}
