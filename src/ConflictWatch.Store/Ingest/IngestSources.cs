using ConflictWatch.Core;
using ConflictWatch.Extraction.Input;

namespace ConflictWatch.Store.Ingest;

/// <summary>
/// What <c>ingest</c> accepts: files, directories and JSON Lines (through <see cref="DispatchReader"/>),
/// RSS/Atom feed files, and URLs of pages or feeds. Every problem becomes a bad item, not an exception.
/// </summary>
public sealed class IngestSources
{
    private static readonly string[] FeedExtensions = [".rss", ".atom", ".xml"];
    private readonly HttpFetcher fetcher;
    private readonly DispatchReader reader = new();

    public IngestSources(HttpFetcher fetcher)
    {
        this.fetcher = fetcher;
    }

    public IEnumerable<DispatchInput> Read(IEnumerable<string> arguments)
    {
        foreach (var arg in arguments)
        {
            IEnumerable<DispatchInput> items;
            if (HttpFetcher.IsUrl(arg))
            {
                items = FromUrl(arg);
            }
            else if (File.Exists(arg) && FeedExtensions.Contains(Path.GetExtension(arg).ToLowerInvariant()))
            {
                items = FromFeedFile(arg);
            }
            else
            {
                items = reader.Read([arg]);
            }
            foreach (var item in items)
            {
                yield return item;
            }
        }
    }

    private static List<DispatchInput> FromFeedFile(string path)
    {
        try
        {
            using var s = File.OpenRead(path);
            return [.. FeedReader.Parse(s, path).Select((d, i) => DispatchInput.Ok($"{path}#{i + 1}", d))];
        }
        catch (ConflictWatchException e)
        {
            return [DispatchInput.Bad(path, e.Message)];
        }
        catch (IOException e)
        {
            return [DispatchInput.Bad(path, e.Message)];
        }
    }

    private List<DispatchInput> FromUrl(string url)
    {
        FetchedDocument doc;
        try
        {
            doc = fetcher.FetchAsync(url).GetAwaiter().GetResult();
        }
        catch (ConflictWatchException e)
        {
            return [new DispatchInput(url, null, e.Message)];
        }
        var media = doc.MediaType ?? "";
        if (media.Contains("rss", StringComparison.OrdinalIgnoreCase) || media.Contains("atom", StringComparison.OrdinalIgnoreCase) || (media.Contains("xml", StringComparison.OrdinalIgnoreCase) || media.Length == 0) && FeedReader.LooksLikeFeed(doc.Body))
        {
            try
            {
                return [.. FeedReader.Parse(new MemoryStream(doc.Body), url).Select((d, i) => DispatchInput.Ok($"{url}#{i + 1}", d))];
            }
            catch (ConflictWatchException e)
            {
                return [new DispatchInput(url, null, e.Message)];
            }
        }
        var format = media.Contains("html", StringComparison.OrdinalIgnoreCase) ? DispatchFormat.Html : DispatchFormat.Text;
        var decoded = DispatchReader.Decode(url, doc.Url.ToString(), doc.Body, format);
        return decoded.Dispatch is { } d
            ? [DispatchInput.Ok(url, d with { Url = doc.Url.ToString(), Source = doc.Url.Host })]
            : [decoded];
    }
}
