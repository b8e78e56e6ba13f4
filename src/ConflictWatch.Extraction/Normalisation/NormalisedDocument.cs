namespace ConflictWatch.Extraction.Normalisation;

/// <summary>The dispatch's main text with page chrome removed; evidence offsets point into <see cref="Text"/>.</summary>
/// <param name="ReportingPeriod">the period a situation report or bulletin covers ("Reporting period: 1–10 June 2023"), which its key figures refer to.</param>
public sealed record NormalisedDocument(string Text, string? Title, DateOnly? Published, (DateOnly From, DateOnly To)? ReportingPeriod = null);
