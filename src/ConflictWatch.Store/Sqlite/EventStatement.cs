using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using ConflictWatch.Core;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ConflictWatch.Store.Sqlite;

/// <summary>
/// One native prepared statement that writes an event row (<see cref="EventRows.InsertSql"/> and its
/// variants), bound by position. Microsoft.Data.Sqlite looks every parameter up by name and
/// re-marshals the name on each execution, which for a 36-column row cost more than SQLite's own
/// insert work. Text is encoded into one reused buffer (SQLite copies it), so a row allocates nothing.
/// SQLite keeps a statement's bindings across resets, so a value equal to the one the previous row
/// bound (a null, the same country, event type, source, precision...) is not bound again. A bind is a
/// P/Invoke, a handle reference count, the connection's mutex and a copy, about 0.1 µs, and an
/// ACLED row repeats about half of its 36 values (binding 200,000 rows measured 0.53 → 0.37 s).
/// </summary>
internal sealed class EventStatement : IDisposable
{
    private readonly sqlite3 handle;
    private readonly sqlite3_stmt stmt;
    private readonly string part;
    private readonly int eventId, month, origin, now, id;
    private readonly int[] data;
    private readonly Kind[] kinds;
    private readonly string?[] texts;
    private readonly long[] numbers;
    private byte[] utf8 = new byte[4096];

    /// <param name="part">What the statement is for, in error messages ("import", "save").</param>
    public EventStatement(SqliteConnection connection, string sql, string part)
    {
        this.part = part;
        handle = connection.Handle ?? throw new ConflictWatchException($"{part}: the database is not open");
        NativeCheck.Ok(handle, raw.sqlite3_prepare_v2(handle, sql, out stmt), part);
        var count = raw.sqlite3_bind_parameter_count(stmt);
        kinds = new Kind[count + 1];
        texts = new string?[count + 1];
        numbers = new long[count + 1];
        eventId = Index("$event_id");
        month = Index("$month");
        origin = Index("$origin");
        now = Index("$now");
        id = raw.sqlite3_bind_parameter_index(stmt, "$id");
        data = [.. EventRows.DataColumns.Select(c => Index("$" + c))];
    }

    public sqlite3 Connection => handle;

    /// <summary>Sets the values every row of a batch shares.</summary>
    public void BindShared(string originName, string nowText)
    {
        raw.sqlite3_reset(stmt);
        BindText(origin, originName);
        BindText(now, nowText);
    }

    /// <summary>Runs the statement for <paramref name="e"/> (and the explicit row id, if the statement takes one); returns SQLite's result code.</summary>
    /// <remarks>
    /// Compiled optimized at once, like the rest of an import's per-row path (the bind methods here,
    /// <see cref="EventRows.Write"/>, RawEventUpsert.Execute, the bulk session's Write and the monthly
    /// tally): an import runs them hundreds of thousands of times within seconds, and under tiered
    /// compilation a third of BindText's profile samples were in its unoptimized first version while the
    /// JIT recompiled on the core the parser needs. Row inserts of 200,000 rows measured 1.46-1.52 -> 1.38-1.46 s
    /// of CPU over five interleaved runs. A ReadyToRun build (the CLI) compiles these methods when first
    /// called instead of loading them precompiled, a few milliseconds.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Step(ConflictEvent e, long? rowId = null)
    {
        raw.sqlite3_reset(stmt);
        if (id > 0)
        {
            if (rowId is { } r)
            {
                Check(raw.sqlite3_bind_int64(stmt, id, r));
                kinds[id] = Kind.Unbound; // 64-bit: not cached
            }
            else
            {
                BindNull(id);
            }
        }
        BindText(eventId, e.EventId);
        BindInt(month, e.EventDate.Year * 100 + e.EventDate.Month);
        var sink = new Binder(this);
        EventRows.Write(e, ref sink);
        var rc = raw.sqlite3_step(stmt);
        if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
        {
            raw.sqlite3_reset(stmt); // not left pending; the error stays readable on the connection
        }
        return rc;
    }

    public void Dispose() => stmt.Dispose();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void BindText(int index, string? value)
    {
        if (value is null)
        {
            BindNull(index);
            return;
        }
        if (kinds[index] == Kind.Text && string.Equals(texts[index], value, StringComparison.Ordinal))
        {
            return;
        }
        var max = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (max > utf8.Length)
        {
            utf8 = new byte[Math.Max(max, utf8.Length * 2)];
        }
        var n = Encoding.UTF8.GetBytes(value, utf8);
        Check(raw.sqlite3_bind_text(stmt, index, utf8.AsSpan(0, n)));
        kinds[index] = Kind.Text;
        texts[index] = value;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void BindNull(int index)
    {
        if (kinds[index] != Kind.Null)
        {
            Check(raw.sqlite3_bind_null(stmt, index));
            kinds[index] = Kind.Null;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void BindInt(int index, int? value)
    {
        if (value is not { } v)
        {
            BindNull(index);
        }
        else if (kinds[index] != Kind.Int || numbers[index] != v)
        {
            Check(raw.sqlite3_bind_int(stmt, index, v));
            kinds[index] = Kind.Int;
            numbers[index] = v;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void BindReal(int index, double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        if (kinds[index] != Kind.Real || numbers[index] != bits)
        {
            Check(raw.sqlite3_bind_double(stmt, index, value));
            kinds[index] = Kind.Real;
            numbers[index] = bits;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void BindDate(int index, DateOnly value)
    {
        if (kinds[index] == Kind.Date && numbers[index] == value.DayNumber)
        {
            return;
        }
        Span<byte> iso = stackalloc byte[16];
        value.TryFormat(iso, out var n, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Check(raw.sqlite3_bind_text(stmt, index, iso[..n]));
        kinds[index] = Kind.Date;
        numbers[index] = value.DayNumber;
    }

    private int Index(string name)
    {
        var i = raw.sqlite3_bind_parameter_index(stmt, name);
        return i > 0 ? i : throw new ConflictWatchException($"{part} statement has no parameter {name}");
    }

    private void Check(int rc) => NativeCheck.Ok(handle, rc, part);

    /// <summary>What a parameter holds now (cached per parameter number).</summary>
    private enum Kind : byte
    {
        Unbound,
        Null,
        Text,
        Int,
        Real,
        Date,
    }

    /// <summary>Binds the record's values to the statement's data parameters in column order.</summary>
    private struct Binder(EventStatement owner) : EventRows.IValueSink
    {
        private int next;

        public void Text(string? value) => owner.BindText(owner.data[next++], value);

        public void Int(int? value) => owner.BindInt(owner.data[next++], value);

        public void Real(double value) => owner.BindReal(owner.data[next++], value);

        public void Date(DateOnly value) => owner.BindDate(owner.data[next++], value);
    }
}
