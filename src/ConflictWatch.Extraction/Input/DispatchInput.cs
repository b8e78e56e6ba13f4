using ConflictWatch.Core;

namespace ConflictWatch.Extraction.Input;

/// <summary>
/// One item read from an input: either a dispatch or the reason it could not be read.
/// A batch carries bad items along instead of throwing, so the rest is still extracted.
/// </summary>
public sealed record DispatchInput(string Origin, Dispatch? Dispatch, string? Error)
{
    public static DispatchInput Ok(string origin, Dispatch d) => new(origin, d, null);
    public static DispatchInput Bad(string origin, string error) => new(origin, null, $"{origin}: {error}");
}
