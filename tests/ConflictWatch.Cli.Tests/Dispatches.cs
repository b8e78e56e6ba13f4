using System.Text;

namespace ConflictWatch.Cli.Tests;

/// <summary>Small dispatches written for these tests, and the bad inputs of issue 2 item 6.</summary>
public static class Dispatches
{
    public const string Gao = "On 3 March 2023, gunmen killed four civilians at a market near Gao, Mali, a local official said.";
    public const string Mopti = "On 5 March 2023, suspected jihadists ambushed an army convoy near Mopti, Mali, killing two soldiers.";

    public const string Tera = "On 8 March 2023, a roadside bomb hit a bus on the road out of Tera, Niger, killing six passengers, residents said.";

    public static string JsonLine(string id, string text, string? published = null) =>
        published is null
            ? $"{{\"id\":\"{id}\",\"text\":\"{text}\",\"source\":\"Test Wire\"}}"
            : $"{{\"id\":\"{id}\",\"text\":\"{text}\",\"published\":\"{published}\",\"source\":\"Test Wire\"}}";

    /// <summary>The bad inputs every reader must survive: file name, and a word its message must carry.</summary>
    public static readonly string[] BadKinds = ["empty", "binary", "invalid-utf8", "html-without-body", "broken-jsonl", "impossible-published"];

    /// <summary>Writes one bad input into <paramref name="dir"/>; returns its path and a fragment of the expected message.</summary>
    public static (string Path, string Problem) WriteBad(TempDir dir, string kind) => kind switch
    {
        "empty" => (dir.Bytes("empty.txt", []), "empty"),
        "binary" => (dir.Bytes("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02, 0x00, 0xFF, 0x10, 0x00]), "binary"),
        "invalid-utf8" => (dir.Bytes("latin1.txt", [.. Encoding.ASCII.GetBytes("Gunmen attacked the market of Gao "), 0xE9, 0xE0, (byte)' ', .. Encoding.ASCII.GetBytes("on Sunday.")]), "UTF-8"),
        "html-without-body" => (dir.File("headonly.html", "<!DOCTYPE html><html><head><title>Nothing here</title></head></html>"), "without body"),
        "broken-jsonl" => (dir.File("broken.jsonl", JsonLine("ok-1", Gao, "2023-03-04") + "\n{\"id\":\"half\",\"text\":\"cut off\n"), "broken.jsonl:2"),
        "impossible-published" => (dir.File("feb30.jsonl", JsonLine("feb-30", Mopti, "2023-02-30") + "\n"), "2023-02-30"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>A text file of about 100 MB: far larger than any dispatch.</summary>
    public static string WriteHuge(TempDir dir)
    {
        var path = dir.Combine("huge.txt");
        var line = Encoding.UTF8.GetBytes(Gao + "\n");
        var block = new byte[1 << 20];
        Array.Fill(block, (byte)'\n');
        for (var i = 0; i + line.Length <= block.Length; i += line.Length)
        {
            line.CopyTo(block, i);
        }
        using var f = File.Create(path);
        for (var i = 0; i < 100; i++)
        {
            f.Write(block);
        }
        return path;
    }
}
