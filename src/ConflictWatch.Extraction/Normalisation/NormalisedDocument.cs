namespace ConflictWatch.Extraction.Normalisation;

/// <summary>The dispatch's main text with page chrome removed; evidence offsets point into <see cref="Text"/>.</summary>
public sealed record NormalisedDocument(string Text, string? Title, DateOnly? Published);
