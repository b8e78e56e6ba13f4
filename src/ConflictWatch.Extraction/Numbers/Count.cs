namespace ConflictWatch.Extraction.Numbers;

/// <summary>
/// A count read from text, as a range: "two three policemen" is 2..3, "between five and seven"
/// 5..7, "at least 23" 23..23 with its qualifier. <see cref="Vague"/> marks ACLED's vague counts.
/// </summary>
public sealed record Count(int Start, int End, double Low, double High, string? Qualifier, bool Vague)
{
    public int LowInt => (int)Math.Round(Low);
    public int HighInt => (int)Math.Round(High);
}
