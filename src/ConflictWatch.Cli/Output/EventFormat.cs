namespace ConflictWatch.Cli.Output;

/// <summary>Output formats of commands that print events.</summary>
public enum EventFormat
{
    Jsonl,
    Csv,
    Table,
}

public static class EventFormats
{
    /// <summary>JSONL when the output goes to a file or pipe (machines), a table on a terminal (people).</summary>
    public static EventFormat Resolve(string? requested) => requested?.ToLowerInvariant() switch
    {
        "jsonl" or "json" => EventFormat.Jsonl,
        "csv" => EventFormat.Csv,
        "table" => EventFormat.Table,
        null or "" => Console.IsOutputRedirected ? EventFormat.Jsonl : EventFormat.Table,
        _ => throw new ArgumentException($"unknown format \"{requested}\" (jsonl, csv or table)"),
    };
}
