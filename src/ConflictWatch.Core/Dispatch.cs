namespace ConflictWatch.Core;

/// <summary>
/// One document as it arrived: the raw text (or HTML) plus whatever metadata the source gave.
/// Kept raw so that a later, better extractor can run again on exactly what was received.
/// </summary>
public sealed record Dispatch(
    string Id,
    string Text,
    DateOnly? Published = null,
    string? Source = null,
    string? Url = null,
    string? Title = null,
    DispatchFormat Format = DispatchFormat.Text);

/// <summary>How the dispatch text is encoded, which decides how it is normalised.</summary>
public enum DispatchFormat
{
    Text,
    Markdown,
    Html,
}
