using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace ConflictWatch.Extraction.Segmentation;

/// <summary>
/// A pattern with cue words, at least one of which every match contains ("kill" for "killed",
/// "killing"). Most windows tested hold none of them, and a vectorised search for the cues then
/// rules the pattern out much faster than running it. The cues are compared ignoring ASCII case,
/// so a text with a character whose case folding the regex may take for an ASCII letter (the
/// Kelvin sign for "k", the long s for "s", the Turkish dotted and dotless i for "i") always goes
/// to the regex: the answer never differs.
/// </summary>
/// <remarks>
/// Those four are the only characters outside ASCII that fold to an ASCII letter, so other accents
/// and curly quotes ("Ménaka", "JNIM’s") no longer send a text to the regex: with them ruled out
/// too, a whole clause, which nearly always holds one, can be tested this way.
/// </remarks>
public sealed class CuedPattern(Regex regex, params string[] cues)
{
    private readonly SearchValues<string> cues = SearchValues.Create(cues, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether every cue is ASCII; a text is then sent to the regex whatever its cues only for a character of <see cref="FoldsToAscii"/>, else for any character outside ASCII.</summary>
    private readonly bool asciiCues = cues.All(c => Ascii.IsValid(c));

    private static readonly SearchValues<char> FoldsToAscii = SearchValues.Create("\u0130\u0131\u017F\u212A");

    public Regex Regex { get; } = regex;

    public bool IsMatch(ReadOnlySpan<char> input) => MayMatch(input) && Regex.IsMatch(input);

    /// <summary>The first match, or Match.Empty.</summary>
    public Match Match(string input) => MayMatch(input) ? Regex.Match(input) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>Where the first match ends, or -1: patterns anchored at the start of a window differ only there.</summary>
    public int FirstEnd(ReadOnlySpan<char> input) => MayMatch(input) ? Regex.FirstEnd(input) : -1;

    private bool MayMatch(ReadOnlySpan<char> input) => input.IndexOfAny(cues) >= 0 || (asciiCues ? input.ContainsAny(FoldsToAscii) : input.ContainsAnyExceptInRange('\0', '\x7f'));
}
