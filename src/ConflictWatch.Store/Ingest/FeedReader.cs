using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using ConflictWatch.Core;

namespace ConflictWatch.Store.Ingest;

/// <summary>
/// RSS 2.0 and Atom feeds to dispatches, one per item, with plain System.Xml (no extra package).
/// DTDs are refused so a hostile feed cannot expand entities.
/// </summary>
public static class FeedReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    /// <summary>True when the bytes look like an RSS or Atom document.</summary>
    public static bool LooksLikeFeed(ReadOnlySpan<byte> body)
    {
        var head = System.Text.Encoding.UTF8.GetString(body[..Math.Min(body.Length, 1024)]);
        return head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase) || head.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase);
    }

    public static IReadOnlyList<Dispatch> Parse(Stream xml, string origin)
    {
        XDocument doc;
        try
        {
            using var reader = XmlReader.Create(xml, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            doc = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new ConflictWatchException($"{origin}: not a well-formed feed ({e.Message})", e);
        }
        var root = doc.Root ?? throw new ConflictWatchException($"{origin}: empty feed");
        var feedTitle = root.Name == Atom + "feed" ? (string?)root.Element(Atom + "title") : (string?)root.Element("channel")?.Element("title");
        var items = root.Name == Atom + "feed" ? root.Elements(Atom + "entry").Select(AtomEntry) : root.Descendants().Where(e => e.Name.LocalName == "item").Select(RssItem);
        var list = new List<Dispatch>();
        foreach (var (id, title, link, date, text) in items)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            list.Add(new Dispatch(id ?? link ?? $"{origin}#{list.Count + 1}", text, date, feedTitle, link, title, DispatchFormat.Html));
        }
        return list;
    }

    private static (string? Id, string? Title, string? Link, DateOnly? Date, string? Text) RssItem(XElement item)
    {
        string? Child(string name) => item.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
        var text = (string?)item.Element(Content + "encoded") ?? Child("description");
        return (Child("guid"), Child("title"), Child("link"), ParseDate(Child("pubDate") ?? (string?)item.Element(Dc + "date")), text);
    }

    private static (string? Id, string? Title, string? Link, DateOnly? Date, string? Text) AtomEntry(XElement e)
    {
        var link = e.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate")?.Attribute("href")?.Value;
        var text = (string?)e.Element(Atom + "content") ?? (string?)e.Element(Atom + "summary");
        return ((string?)e.Element(Atom + "id"), (string?)e.Element(Atom + "title"), link, ParseDate((string?)e.Element(Atom + "published") ?? (string?)e.Element(Atom + "updated")), text);
    }

    private static DateOnly? ParseDate(string? s) =>
        DateTimeOffset.TryParse(s?.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var d)
            ? DateOnly.FromDateTime(d.UtcDateTime)
            : RfcDate(s);

    /// <summary>RSS dates (RFC 822) with a zone name .NET does not parse ("GMT" is fine, "EST" is not): the date part is enough.</summary>
    private static DateOnly? RfcDate(string? s)
    {
        if (s is null)
        {
            return null;
        }
        var parts = s.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = parts.Length > 0 && parts[0].EndsWith(',') ? 1 : 0;
        if (parts.Length >= start + 3 && DateOnly.TryParseExact(string.Join(' ', parts[start..(start + 3)]), "d MMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }
        return null;
    }
}
