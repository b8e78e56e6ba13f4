using System.Text;
using ConflictWatch.Core;
using ConflictWatch.Extraction.Input;

namespace ConflictWatch.Extraction.Tests;

public sealed class DispatchReaderTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("cw-reader-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void An_empty_file_is_reported_by_name()
    {
        var path = Write("empty.txt", []);
        var item = Assert.Single(new DispatchReader().Read([path]));
        Assert.Null(item.Dispatch);
        Assert.Contains("empty.txt", item.Error);
        Assert.Contains("empty", item.Error);
    }

    [Fact]
    public void Binary_data_is_refused()
    {
        var path = Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 13, 1, 2, 3]);
        var item = Assert.Single(new DispatchReader().Read([path]));
        Assert.Contains("binary", item.Error);
    }

    [Fact]
    public void Invalid_utf8_names_the_byte_offset()
    {
        var path = Write("latin1.txt", [.. Encoding.ASCII.GetBytes("Attack near S"), 0xE9, .. Encoding.ASCII.GetBytes("gou.")]);
        var item = Assert.Single(new DispatchReader().Read([path]));
        Assert.Contains("invalid UTF-8 at byte 13", item.Error);
    }

    [Fact]
    public void A_broken_jsonl_line_is_reported_with_its_number_and_the_rest_is_read()
    {
        var path = Write("batch.jsonl", Encoding.UTF8.GetBytes(
            "{\"id\":\"a\",\"text\":\"Gunmen attacked Boni.\",\"published\":\"2024-01-02\"}\n{\"id\":\"b\",\"text\":\n{\"id\":\"c\",\"text\":\"Soldiers returned.\"}\n"));
        var items = new DispatchReader().Read([path]).ToList();
        Assert.Equal(3, items.Count);
        Assert.Equal("a", items[0].Dispatch!.Id);
        Assert.Equal(new DateOnly(2024, 1, 2), items[0].Dispatch!.Published);
        Assert.Contains("batch.jsonl:2", items[1].Error);
        Assert.Equal("c", items[2].Dispatch!.Id);
    }

    [Fact]
    public void An_impossible_published_date_is_an_error()
    {
        var item = DispatchReader.ParseJsonLine("x.jsonl:1", "{\"id\":\"a\",\"text\":\"t\",\"published\":\"2023-02-30\"}", "x-1");
        Assert.Contains("not a date", item.Error);
    }

    [Fact]
    public void A_directory_is_read_in_path_order_with_ids_from_file_names()
    {
        Write("b.html", Encoding.UTF8.GetBytes("<html><body><p>Text</p></body></html>"));
        Write("a.txt", Encoding.UTF8.GetBytes("Text"));
        Write("notes.pdf", Encoding.UTF8.GetBytes("ignored"));
        var items = new DispatchReader().Read([dir]).ToList();
        Assert.Equal(["a", "b"], items.Select(i => i.Dispatch!.Id));
        Assert.Equal(DispatchFormat.Html, items[1].Dispatch!.Format);
    }

    [Fact]
    public void A_missing_path_is_reported()
    {
        var item = Assert.Single(new DispatchReader().Read([Path.Combine(dir, "nope.txt")]));
        Assert.Contains("no such file", item.Error);
    }
}
