using System.Text;
using System.Text.Json;
using ConflictWatch.Core;

namespace ConflictWatch.Extraction.Input;

/// <summary>
/// Reads dispatches from files, directories, JSON Lines and standard input, checking each for
/// the ways real inputs go wrong (empty, binary, too large, invalid UTF-8, broken JSON lines).
/// Problems come back as <see cref="DispatchInput"/> errors so a batch can go on.
/// </summary>
public sealed class DispatchReader
{
    /// <summary>Larger single documents are refused: no dispatch is that long, and it protects memory.</summary>
    public const long MaxDocumentBytes = 32L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly string[] Extensions = [".txt", ".md", ".markdown", ".html", ".htm", ".jsonl", ".ndjson"];

    /// <summary>Every dispatch of every path, in a stable order (directories sorted by path).</summary>
    public IEnumerable<DispatchInput> Read(IEnumerable<string> paths, TextReader? stdin = null)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                foreach (var d in ReadStdin(stdin ?? Console.In))
                {
                    yield return d;
                }
            }
            else if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Order(StringComparer.Ordinal).ToList();
                if (files.Count == 0)
                {
                    yield return DispatchInput.Bad(path, "no dispatches in this directory (no .txt, .md, .html or .jsonl file)");
                }
                foreach (var f in files)
                {
                    foreach (var d in ReadFile(f))
                    {
                        yield return d;
                    }
                }
            }
            else if (File.Exists(path))
            {
                foreach (var d in ReadFile(path))
                {
                    yield return d;
                }
            }
            else
            {
                yield return DispatchInput.Bad(path, "no such file or directory");
            }
        }
    }

    /// <summary>One file: JSON Lines by extension, otherwise one dispatch whose format follows the extension.</summary>
    public IEnumerable<DispatchInput> ReadFile(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is ".jsonl" or ".ndjson")
        {
            return ReadJsonLines(path, () => File.OpenRead(path));
        }
        return [ReadDocument(path)];
    }

    private static DispatchInput ReadDocument(string path)
    {
        long length;
        try
        {
            length = new FileInfo(path).Length;
        }
        catch (IOException e)
        {
            return DispatchInput.Bad(path, e.Message);
        }
        if (length > MaxDocumentBytes)
        {
            return DispatchInput.Bad(path, $"file is {length / (1024 * 1024)} MB, more than the {MaxDocumentBytes / (1024 * 1024)} MB a single dispatch may have (split it, or give it as JSON Lines)");
        }
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return DispatchInput.Bad(path, e.Message);
        }
        var id = Path.GetFileNameWithoutExtension(path);
        return Decode(path, id, bytes, FormatOf(path));
    }

    /// <summary>Checks and decodes one document's bytes into a dispatch.</summary>
    public static DispatchInput Decode(string origin, string id, byte[] bytes, DispatchFormat format)
    {
        if (bytes.Length == 0 || bytes.All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
        {
            return DispatchInput.Bad(origin, "empty: no text to extract");
        }
        if (LooksBinary(bytes))
        {
            return DispatchInput.Bad(origin, "binary data, not text (NUL or control bytes)");
        }
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            return DispatchInput.Bad(origin, $"invalid UTF-8 at byte {e.Index}; save the file as UTF-8");
        }
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }
        return DispatchInput.Ok(origin, new Dispatch(id, text, Format: format));
    }

    private static bool LooksBinary(byte[] bytes)
    {
        var n = Math.Min(bytes.Length, 8192);
        var control = 0;
        for (var i = 0; i < n; i++)
        {
            var b = bytes[i];
            if (b == 0)
            {
                return true;
            }
            if (b < 32 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f'))
            {
                control++;
            }
        }
        return control > n / 20;
    }

    private static DispatchFormat FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" or ".htm" => DispatchFormat.Html,
        ".md" or ".markdown" => DispatchFormat.Markdown,
        _ => DispatchFormat.Text,
    };

    private IEnumerable<DispatchInput> ReadStdin(TextReader stdin)
    {
        var text = stdin.ReadToEnd();
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('{'))
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            foreach (var d in ReadJsonLines("<stdin>", () => new MemoryStream(bytes)))
            {
                yield return d;
            }
            yield break;
        }
        var format = trimmed.StartsWith('<') ? DispatchFormat.Html : DispatchFormat.Text;
        yield return string.IsNullOrWhiteSpace(text)
            ? DispatchInput.Bad("<stdin>", "empty: no text to extract")
            : DispatchInput.Ok("<stdin>", new Dispatch("stdin", text, Format: format));
    }

    /// <summary>
    /// JSON Lines of dispatches: {"id","text","published","source","url","title"}. A broken line is
    /// reported with its number and skipped; the rest of the file is read.
    /// </summary>
    public static IEnumerable<DispatchInput> ReadJsonLines(string origin, Func<Stream> open)
    {
        Stream stream;
        try
        {
            stream = open();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [DispatchInput.Bad(origin, e.Message)];
        }
        return ReadJsonLinesFrom(origin, stream);
    }

    private static IEnumerable<DispatchInput> ReadJsonLinesFrom(string origin, Stream stream)
    {
        using var reader = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true);
        var lineNo = 0;
        var any = false;
        while (true)
        {
            string? line;
            var broken = false;
            try
            {
                line = reader.ReadLine();
            }
            catch (DecoderFallbackException)
            {
                line = null;
                broken = true;
            }
            if (broken)
            {
                yield return DispatchInput.Bad($"{origin}:{lineNo + 1}", "invalid UTF-8; the rest of the file cannot be read");
                yield break;
            }
            if (line is null)
            {
                break;
            }
            lineNo++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            any = true;
            yield return ParseJsonLine($"{origin}:{lineNo}", line, $"{Path.GetFileNameWithoutExtension(origin)}-{lineNo}");
        }
        if (!any)
        {
            yield return DispatchInput.Bad(origin, "empty: no JSON lines");
        }
    }

    /// <summary>One JSON line to a dispatch; the fallback id keeps lines without an id addressable.</summary>
    public static DispatchInput ParseJsonLine(string origin, string line, string fallbackId)
    {
        if (line.Length > MaxDocumentBytes)
        {
            return DispatchInput.Bad(origin, "line longer than the 32 MB a single dispatch may have");
        }
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return DispatchInput.Bad(origin, $"not valid JSON ({e.Message.Split('.')[0]})");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return DispatchInput.Bad(origin, "a JSON object with \"id\" and \"text\" was expected");
            }
            var text = Str(root, "text");
            if (string.IsNullOrWhiteSpace(text))
            {
                return DispatchInput.Bad(origin, "no \"text\" (or an empty one)");
            }
            var id = Str(root, "id") ?? fallbackId;
            DateOnly? published = null;
            var pub = Str(root, "published");
            if (!string.IsNullOrWhiteSpace(pub))
            {
                if (pub.Length >= 10 && DateOnly.TryParseExact(pub[..10], "yyyy-MM-dd", out var p))
                {
                    published = p;
                }
                else
                {
                    return DispatchInput.Bad(origin, $"\"published\" is not a date (YYYY-MM-DD): \"{pub}\"");
                }
            }
            var format = text.TrimStart().StartsWith('<') ? DispatchFormat.Html : DispatchFormat.Text;
            return DispatchInput.Ok(origin, new Dispatch(id, text, published, Str(root, "source"), Str(root, "url"), Str(root, "title"), format));
        }
    }

    private static string? Str(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;
}
