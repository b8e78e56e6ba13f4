using System.Security.Cryptography;
using System.Text;
using ConflictWatch.Core;

namespace ConflictWatch.Store;

/// <summary>
/// The identity of a dispatch's content (title and text): ingest is idempotent by it, and a changed
/// hash under a known id or URL is a new version of that dispatch.
/// </summary>
public static class ContentHash
{
    public static string Of(Dispatch d) => Of((d.Title ?? "") + "\n\u0001\n" + d.Text);

    public static string Of(string s) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(s)));
}
