using System.Buffers;
using System.Text.RegularExpressions;

namespace ConflictWatch.Extraction.Segmentation;

/// <summary>
/// A pattern with cue words, at least one of which every match contains ("kill" for "killed",
/// "killing"). Most windows tested hold none of them, and a vectorised search for the cues then
/// rules the pattern out much faster than running it. The cues are compared ignoring ASCII case,
/// so a window with any non-ASCII character (whose case folding the regex may treat otherwise,
/// as with the Kelvin sign and "k") always goes to the regex: the answer never differs.
/// </summary>
public sealed class CuedPattern(Regex regex, params string[] cues)
{
    private readonly SearchValues<string> cues = SearchValues.Create(cues, StringComparison.OrdinalIgnoreCase);

    public Regex Regex { get; } = regex;

    public bool IsMatch(ReadOnlySpan<char> input) => MayMatch(input) && Regex.IsMatch(input);

    /// <summary>Where the first match ends, or -1: patterns anchored at the start of a window differ only there.</summary>
    public int FirstEnd(ReadOnlySpan<char> input) => MayMatch(input) ? Regex.FirstEnd(input) : -1;

    private bool MayMatch(ReadOnlySpan<char> input) => input.IndexOfAny(cues) >= 0 || input.ContainsAnyExceptInRange('\0', '\x7f');
}
