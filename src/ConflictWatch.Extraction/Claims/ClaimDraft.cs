namespace ConflictWatch.Extraction.Claims;

/// <summary>An aggregate figure as read from a sentence, before ids and evidence are attached.</summary>
public sealed record ClaimDraft(double Quantity, string? Qualifier, string Unit, DateOnly PeriodStart, DateOnly PeriodEnd, string? AttributedTo, string? Actor, int SentenceStart, int SentenceEnd, string SentenceText)
{
    /// <summary>The area the figure covers, when the text names one (see <see cref="ClaimArea"/>).</summary>
    public string? Area { get; init; }
}
