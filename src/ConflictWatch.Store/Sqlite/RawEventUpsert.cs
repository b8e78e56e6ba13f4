using System.Globalization;
using System.Text;
using ConflictWatch.Core;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ConflictWatch.Store.Sqlite;

/// <summary>
/// The import upsert as one native prepared statement bound by position. Microsoft.Data.Sqlite
/// looks every parameter up by name and re-marshals its name on each execution, which cost more
/// than SQLite's own insert work for a 36-column row; the bulk path reuses this one statement.
/// Text is encoded into one reused buffer (SQLite copies it), so a row allocates nothing.
/// SQLite keeps a statement's bindings across resets, so a value equal to the one the previous row
/// bound (a null, the same country, event type, source, precision...) is not bound again. A bind is a
/// P/Invoke, a handle reference count, the connection's mutex and a copy, about 0.1 µs, and an
/// ACLED row repeats about half of its 36 values (binding 200,000 rows measured 0.53 → 0.37 s).
/// A row is first offered to a plain INSERT, which for a new event id is all the work there is;
/// the upsert with its update triggers makes SQLite keep a statement journal (a copy of every page
/// it touches), so it only runs for an id that is already there.
/// </summary>
internal sealed class RawEventUpsert : IDisposable
{
    private readonly sqlite3 handle;
    private readonly sqlite3_stmt insert, upsert;
    private sqlite3_stmt stmt;
    private readonly Bindings insertBound, upsertBound;
    private Bindings bound;
    private readonly int eventId, month, origin, now;
    private readonly int[] data;
    private byte[] utf8 = new byte[4096];

    public RawEventUpsert(SqliteConnection connection)
    {
        handle = connection.Handle ?? throw new ConflictWatchException("import: the database is not open");
        Check(raw.sqlite3_prepare_v2(handle, EventRows.InsertSql, out insert));
        Check(raw.sqlite3_prepare_v2(handle, EventRows.UpsertSql, out upsert));
        // The upsert is the insert with a conflict clause after it: its parameters have the same numbers.
        stmt = upsert;
        var count = raw.sqlite3_bind_parameter_count(upsert);
        insertBound = new Bindings(count);
        upsertBound = new Bindings(count);
        bound = upsertBound;
        eventId = Index("$event_id");
        month = Index("$month");
        origin = Index("$origin");
        now = Index("$now");
        data = [.. EventRows.DataColumns.Select(c => Index("$" + c))];
    }

    /// <summary>What an upsert did to the row with the event's id.</summary>
    public enum Outcome
    {
        /// <summary>A person touched the existing row; it was left alone.</summary>
        Kept,
        Inserted,
        Updated,
    }

    /// <summary>Sets the values every row of a batch shares (bindings outlive a reset).</summary>
    public void BindShared(string originName, string nowText)
    {
        foreach (var s in (sqlite3_stmt[])[insert, upsert])
        {
            Use(s);
            raw.sqlite3_reset(stmt);
            BindText(origin, originName);
            BindText(now, nowText);
        }
    }

    /// <summary>Upserts one event, after <see cref="BindShared"/>.</summary>
    public Outcome Execute(ConflictEvent e)
    {
        if (Step(insert, e) == raw.SQLITE_DONE)
        {
            return Outcome.Inserted;
        }
        if (raw.sqlite3_extended_errcode(handle) != raw.SQLITE_CONSTRAINT_UNIQUE)
        {
            throw new ConflictWatchException($"import of {e.EventId}: {raw.sqlite3_errmsg(handle).utf8_to_string()}");
        }
        // The id is taken (the only unique column besides the rowid): update that row instead.
        var before = raw.sqlite3_last_insert_rowid(handle);
        if (Step(upsert, e) != raw.SQLITE_DONE)
        {
            throw new ConflictWatchException($"import of {e.EventId}: {raw.sqlite3_errmsg(handle).utf8_to_string()}");
        }
        if (raw.sqlite3_changes(handle) == 0)
        {
            return Outcome.Kept;
        }
        // An upsert that updates leaves the last insert rowid alone; a new row always gets a new one.
        return raw.sqlite3_last_insert_rowid(handle) != before ? Outcome.Inserted : Outcome.Updated;
    }

    public void Dispose()
    {
        insert.Dispose();
        upsert.Dispose();
    }

    private int Step(sqlite3_stmt statement, ConflictEvent e)
    {
        Use(statement);
        raw.sqlite3_reset(stmt);
        BindText(eventId, e.EventId);
        BindInt(month, e.EventDate.Year * 100 + e.EventDate.Month);
        var sink = new Binder(this);
        EventRows.Write(e, ref sink);
        return raw.sqlite3_step(stmt);
    }

    private void Use(sqlite3_stmt statement)
    {
        stmt = statement;
        bound = statement == insert ? insertBound : upsertBound;
    }

    private void BindText(int index, string? value)
    {
        if (value is null)
        {
            BindNull(index);
            return;
        }
        if (bound.Kinds[index] == Kind.Text && string.Equals(bound.Texts[index], value, StringComparison.Ordinal))
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
        bound.Kinds[index] = Kind.Text;
        bound.Texts[index] = value;
    }

    private void BindNull(int index)
    {
        if (bound.Kinds[index] != Kind.Null)
        {
            Check(raw.sqlite3_bind_null(stmt, index));
            bound.Kinds[index] = Kind.Null;
        }
    }

    private void BindInt(int index, int? value)
    {
        if (value is not { } v)
        {
            BindNull(index);
        }
        else if (bound.Kinds[index] != Kind.Int || bound.Numbers[index] != v)
        {
            Check(raw.sqlite3_bind_int(stmt, index, v));
            bound.Kinds[index] = Kind.Int;
            bound.Numbers[index] = v;
        }
    }

    private void BindReal(int index, double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        if (bound.Kinds[index] != Kind.Real || bound.Numbers[index] != bits)
        {
            Check(raw.sqlite3_bind_double(stmt, index, value));
            bound.Kinds[index] = Kind.Real;
            bound.Numbers[index] = bits;
        }
    }

    private void BindDate(int index, DateOnly value)
    {
        if (bound.Kinds[index] == Kind.Date && bound.Numbers[index] == value.DayNumber)
        {
            return;
        }
        Span<byte> iso = stackalloc byte[16];
        value.TryFormat(iso, out var n, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Check(raw.sqlite3_bind_text(stmt, index, iso[..n]));
        bound.Kinds[index] = Kind.Date;
        bound.Numbers[index] = value.DayNumber;
    }

    private enum Kind : byte
    {
        Unbound,
        Null,
        Text,
        Int,
        Real,
        Date,
    }

    /// <summary>What each parameter of one statement holds now, by parameter number.</summary>
    private sealed class Bindings(int count)
    {
        public readonly Kind[] Kinds = new Kind[count + 1];
        public readonly string?[] Texts = new string?[count + 1];
        public readonly long[] Numbers = new long[count + 1];
    }

    private int Index(string name)
    {
        var i = raw.sqlite3_bind_parameter_index(stmt, name);
        return i > 0 ? i : throw new ConflictWatchException($"import statement has no parameter {name}");
    }

    private void Check(int rc) => NativeCheck.Ok(handle, rc, "import");

    /// <summary>Binds the record's values to the statement's data parameters in column order.</summary>
    private struct Binder(RawEventUpsert owner) : EventRows.IValueSink
    {
        private int next;

        public void Text(string? value) => owner.BindText(owner.data[next++], value);

        public void Int(int? value) => owner.BindInt(owner.data[next++], value);

        public void Real(double value) => owner.BindReal(owner.data[next++], value);

        public void Date(DateOnly value) => owner.BindDate(owner.data[next++], value);
    }
}
