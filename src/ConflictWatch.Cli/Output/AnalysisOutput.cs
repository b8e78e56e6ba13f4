using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ConflictWatch.Cli.Output;

/// <summary>Shared bits of the analysis commands' output: format choice, JSON options, CSV quoting, numbers.</summary>
public static class AnalysisOutput
{
    public static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = false };

    public static readonly JsonSerializerOptions JsonIndented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    /// <summary>table on a terminal, else the machine format given (json or jsonl).</summary>
    public static string Format(string? requested, string[] allowed, string machineDefault)
    {
        var f = requested?.Trim().ToLowerInvariant() ?? (Console.IsOutputRedirected ? machineDefault : "table");
        return allowed.Contains(f) ? f : throw new Core.ConflictWatchException($"--format: \"{requested}\" is not one of {string.Join(", ", allowed)}");
    }

    public static string Csv(string? s) =>
        s is null ? "" : s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;

    public static string Num(double? d) => d is null ? "" : d.Value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Pct(double? d) => d is null ? "" : (d.Value >= 0 ? "+" : "") + d.Value.ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
