using System.Net;
using System.Net.Http.Headers;
using ConflictWatch.Core;

namespace ConflictWatch.Store.Ingest;

/// <summary>What a URL returned: the final address after redirects, its media type and body.</summary>
public sealed record FetchedDocument(Uri Url, string? MediaType, byte[] Body);

/// <summary>
/// Fetches dispatches over HTTP defensively: http and https only (also after every redirect, so a
/// page cannot bounce us to file: or an internal scheme), a bounded number of redirects, a timeout
/// and a size limit, since feeds and pages come from anywhere.
/// </summary>
public sealed class HttpFetcher : IDisposable
{
    public const int MaxRedirects = 5;
    public const long DefaultMaxBytes = 10L * 1024 * 1024;

    private readonly HttpClient client;
    private readonly long maxBytes;

    public HttpFetcher(TimeSpan? timeout = null, long maxBytes = DefaultMaxBytes, HttpMessageHandler? handler = null)
    {
        this.maxBytes = maxBytes;
        client = new HttpClient(handler ?? new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.All }, disposeHandler: true)
        {
            Timeout = timeout ?? TimeSpan.FromSeconds(30),
        };
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("ConflictWatch", "0.1"));
    }

    public static bool IsUrl(string s) => s.Contains("://", StringComparison.Ordinal);

    public async Task<FetchedDocument> FetchAsync(string address, CancellationToken cancel = default)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var url))
        {
            throw new ConflictWatchException($"{address}: not a valid URL");
        }
        for (var hop = 0; ; hop++)
        {
            if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            {
                throw new ConflictWatchException($"{address}: only http and https URLs are fetched (got {url.Scheme}:)");
            }
            HttpResponseMessage response;
            try
            {
                response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancel).ConfigureAwait(false);
            }
            catch (TaskCanceledException e) when (!cancel.IsCancellationRequested)
            {
                throw new ConflictWatchException($"{address}: no answer within {client.Timeout.TotalSeconds:0} s", e);
            }
            catch (HttpRequestException e)
            {
                throw new ConflictWatchException($"{address}: {e.Message}", e);
            }
            using (response)
            {
                var code = (int)response.StatusCode;
                if (code is >= 300 and < 400 && response.Headers.Location is { } next)
                {
                    if (hop >= MaxRedirects)
                    {
                        throw new ConflictWatchException($"{address}: more than {MaxRedirects} redirects");
                    }
                    url = next.IsAbsoluteUri ? next : new Uri(url, next);
                    continue;
                }
                if (!response.IsSuccessStatusCode)
                {
                    throw new ConflictWatchException($"{address}: HTTP {code} {response.ReasonPhrase}");
                }
                if (response.Content.Headers.ContentLength is { } len && len > maxBytes)
                {
                    throw new ConflictWatchException($"{address}: {len} bytes, more than the {maxBytes} allowed");
                }
                var body = await ReadLimitedAsync(response.Content, address, cancel).ConfigureAwait(false);
                return new FetchedDocument(url, response.Content.Headers.ContentType?.MediaType, body);
            }
        }
    }

    private async Task<byte[]> ReadLimitedAsync(HttpContent content, string address, CancellationToken cancel)
    {
        await using var stream = await content.ReadAsStreamAsync(cancel).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await stream.ReadAsync(chunk, cancel).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + n > maxBytes)
            {
                throw new ConflictWatchException($"{address}: more than the {maxBytes} bytes allowed");
            }
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    public void Dispose() => client.Dispose();
}
