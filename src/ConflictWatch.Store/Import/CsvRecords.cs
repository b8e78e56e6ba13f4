namespace ConflictWatch.Store.Import;

/// <summary>
/// Splits CSV text (RFC 4180: comma-separated, double quotes around fields that hold commas, quotes or
/// line breaks, "" for a quote) into records, tolerantly: a stray quote inside an unquoted field is
/// kept as text, and text after a closing quote is kept too, so a damaged row still reaches the
/// importer, which reports it by line. Blank lines are skipped. Each record is unescaped into one
/// reused buffer and a field becomes a string only when asked for: CsvHelper, used before, cost more
/// than half of an import's parsing and made a string of every field.
/// </summary>
internal sealed class CsvRecords : IDisposable
{
    private readonly TextReader reader;
    private readonly char[] input = new char[1 << 16];
    private int pos, len;
    private char[] text = new char[1024];
    private int[] ends = new int[64];
    private int used;
    private int line = 1;

    public CsvRecords(TextReader reader) => this.reader = reader;

    /// <summary>Fields in the current record.</summary>
    public int Count { get; private set; }

    /// <summary>The line the current record starts on (1 is the header).</summary>
    public int Line { get; private set; }

    /// <summary>Field <paramref name="i"/> of the current record, unescaped.</summary>
    public string this[int i] => new(Field(i));

    public ReadOnlySpan<char> Field(int i)
    {
        var start = i == 0 ? 0 : ends[i - 1];
        return text.AsSpan(start, ends[i] - start);
    }

    /// <summary>Closes the text, as CsvHelper's reader did when an import finished with it.</summary>
    public void Dispose() => reader.Dispose();

    /// <summary>Moves to the next record that is not a blank line; false at the end of the text.</summary>
    public bool Read()
    {
        while (true)
        {
            var c = Next();
            if (c < 0)
            {
                return false;
            }
            if (c is '\r' or '\n')
            {
                EndLine(c);
                continue;
            }
            Line = line;
            used = 0;
            Count = 0;
            ReadRecord(c);
            return true;
        }
    }

    private void ReadRecord(int c)
    {
        while (true)
        {
            if (c == '"')
            {
                c = ReadQuoted();
            }
            // Unquoted text, or what follows a closing quote, up to the next comma or line break.
            while (c >= 0 && c != ',' && c != '\r' && c != '\n')
            {
                Append((char)c);
                c = Next();
            }
            EndField();
            if (c != ',')
            {
                if (c >= 0)
                {
                    EndLine(c);
                }
                return;
            }
            c = Next();
        }
    }

    /// <summary>Reads a quoted field's content after its opening quote; returns the character after the closing quote.</summary>
    private int ReadQuoted()
    {
        while (true)
        {
            var c = Next();
            if (c < 0)
            {
                return c;
            }
            if (c == '"')
            {
                c = Next();
                if (c != '"')
                {
                    return c;
                }
            }
            else if (c is '\r' or '\n')
            {
                // A line break inside quotes is part of the field (CR LF kept as written).
                if (c == '\r' && Peek() == '\n')
                {
                    Append('\r');
                    c = Next();
                }
                line++;
            }
            Append((char)c);
        }
    }

    private void EndLine(int c)
    {
        if (c == '\r' && Peek() == '\n')
        {
            pos++;
        }
        line++;
    }

    private void EndField()
    {
        if (Count == ends.Length)
        {
            Array.Resize(ref ends, ends.Length * 2);
        }
        ends[Count++] = used;
    }

    private void Append(char c)
    {
        if (used == text.Length)
        {
            Array.Resize(ref text, text.Length * 2);
        }
        text[used++] = c;
    }

    private int Next()
    {
        if (pos == len && !Fill())
        {
            return -1;
        }
        return input[pos++];
    }

    private int Peek()
    {
        if (pos == len && !Fill())
        {
            return -1;
        }
        return input[pos];
    }

    private bool Fill()
    {
        len = reader.Read(input, 0, input.Length);
        pos = 0;
        return len > 0;
    }
}
