using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using ConflictWatch.Core;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ConflictWatch.Store.Sqlite;

/// <summary>
/// The monthly summary of the rows a bulk import inserted, counted in memory as they are written.
/// Adding it to the summary table costs one upsert per cell, where recounting the table costs a
/// grouped sort of every row (most of a second per 200,000 rows). Only inserts can be tallied: an
/// update would need the row's old values, so the bulk path recounts with SQL when it saw one.
/// </summary>
internal sealed class MonthCountTally
{
    private readonly Dictionary<Cell, Sums> cells = new(CellComparer.Instance);

    /// <summary>The summary's key; compared like the table's NOCASE columns (ASCII letters only fold).</summary>
    internal readonly record struct Cell(string Country, int Month, string EventType, string Admin1);

    internal struct Sums
    {
        public long Events, Fatalities, Kidnapped;
    }

    public int Count => cells.Count;

    /// <summary>Counts one inserted row (imports insert every row as 'machine', never 'rejected').</summary>
    // Per-row code of an import: compiled optimized at once (see EventStatement.Step).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(string country, string? admin1, int month, string eventType, int fatalities, int? kidnapped)
    {
        ref var sums = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(cells, new Cell(country, month, eventType, admin1 ?? ""), out _);
        sums.Events++;
        sums.Fatalities += fatalities;
        sums.Kidnapped += kidnapped ?? 0;
    }

    /// <summary>The tally's cells in the summary table's key order, ready for <see cref="AddTo"/>.</summary>
    public readonly record struct OrderedCells(KeyValuePair<Cell, Sums>[] Cells);

    /// <summary>
    /// Adds the tally to <c>event_month_counts</c>, in the table's key order (<see cref="Ordered"/>) so
    /// the inserts append, through one native statement bound by position, each distinct text encoded
    /// once (a cell per row costs little more than SQLite's insert).
    /// </summary>
    public static void AddTo(SqliteConnection db, OrderedCells cells)
    {
        var handle = db.Handle ?? throw new ConflictWatchException("import: the database is not open");
        Check(handle, raw.sqlite3_prepare_v2(handle,
            "INSERT INTO event_month_counts (country, admin1, month, event_type, events, fatalities, kidnapped) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
            + " ON CONFLICT (country, month, event_type, admin1) DO UPDATE SET"
            + " events = events + excluded.events, fatalities = fatalities + excluded.fatalities, kidnapped = kidnapped + excluded.kidnapped",
            out var stmt));
        using var _ = stmt;
        var ordered = cells.Cells;
        var utf8 = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        byte[] Utf8(string text)
        {
            if (!utf8.TryGetValue(text, out var bytes))
            {
                utf8[text] = bytes = Encoding.UTF8.GetBytes(text);
            }
            return bytes;
        }
        foreach (var (cell, sums) in ordered)
        {
            raw.sqlite3_reset(stmt);
            Check(handle, raw.sqlite3_bind_text(stmt, 1, Utf8(cell.Country)));
            Check(handle, raw.sqlite3_bind_text(stmt, 2, Utf8(cell.Admin1)));
            Check(handle, raw.sqlite3_bind_int(stmt, 3, cell.Month));
            Check(handle, raw.sqlite3_bind_text(stmt, 4, Utf8(cell.EventType)));
            Check(handle, raw.sqlite3_bind_int64(stmt, 5, sums.Events));
            Check(handle, raw.sqlite3_bind_int64(stmt, 6, sums.Fatalities));
            Check(handle, raw.sqlite3_bind_int64(stmt, 7, sums.Kidnapped));
            if (raw.sqlite3_step(stmt) != raw.SQLITE_DONE)
            {
                throw new ConflictWatchException($"import: monthly summary: {raw.sqlite3_errmsg(handle).utf8_to_string()}");
            }
        }
    }

    /// <summary>
    /// The cells in the table's key order. Sorted by one ordinal key per cell (the key's columns folded
    /// like NOCASE, joined by NUL) rather than by a comparer over the four fields: the comparer ran
    /// about two million times per 100,000 cells, most of the tally's cost.
    /// </summary>
    public OrderedCells Ordered()
    {
        var ordered = cells.ToArray();
        var keys = new string[ordered.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = SortKey(ordered[i].Key);
        }
        Array.Sort(keys, ordered, StringComparer.Ordinal);
        return new OrderedCells(ordered);
    }

    private static string SortKey(Cell c)
    {
        var month = c.Month.ToString("D6", CultureInfo.InvariantCulture);
        return string.Create(c.Country.Length + month.Length + c.EventType.Length + c.Admin1.Length + 3, (c, month), static (span, state) =>
        {
            var (cell, m) = state;
            var at = 0;
            ReadOnlySpan<string> parts = [cell.Country, m, cell.EventType, cell.Admin1];
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    span[at++] = '\0';
                }
                foreach (var ch in parts[i])
                {
                    span[at++] = CellComparer.Fold(ch);
                }
            }
        });
    }

    private static void Check(sqlite3 handle, int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new ConflictWatchException($"import: monthly summary: {raw.sqlite3_errmsg(handle).utf8_to_string()}");
        }
    }

    /// <summary>SQLite's NOCASE: equal when equal after folding ASCII A-Z, so "Mali" and "MALI" share a cell but "É" and "é" do not.</summary>
    private sealed class CellComparer : IEqualityComparer<Cell>
    {
        public static readonly CellComparer Instance = new();

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool Equals(Cell x, Cell y) =>
            x.Month == y.Month && Same(x.Country, y.Country) && Same(x.EventType, y.EventType) && Same(x.Admin1, y.Admin1);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int GetHashCode(Cell c) => HashCode.Combine(c.Month, Hash(c.Country), Hash(c.EventType), Hash(c.Admin1));

        public static char Fold(char c) => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static bool Same(string a, string b)
        {
            if (ReferenceEquals(a, b))
            {
                return true; // the import's reader hands repeated values over as one string (StringPool)
            }
            if (a.Length != b.Length)
            {
                return false;
            }
            for (var i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i] && Fold(a[i]) != Fold(b[i]))
                {
                    return false;
                }
            }
            return true;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static int Hash(string s)
        {
            var h = new HashCode();
            foreach (var c in s)
            {
                h.Add(Fold(c));
            }
            return h.ToHashCode();
        }
    }
}
