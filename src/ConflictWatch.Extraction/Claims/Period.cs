namespace ConflictWatch.Extraction.Claims;

/// <summary>A period an aggregate figure covers, with its offsets in the sentence.</summary>
public sealed record Period(int Start, int End, DateOnly From, DateOnly To);
