namespace ConflictWatch.Extraction.Segmentation;

/// <summary>
/// A dated entry of a page ("April 12, 2023: ...", "• 4 June: ...", "- 14: ..." under a month
/// heading), or the whole text when it has none. Its date is the reference for relative dates.
/// </summary>
public sealed record Entry(int Index, int Start, int End, DateOnly? Date, int DatePrecision, IReadOnlyList<Sentence> Sentences);

/// <summary>A sentence with its offsets in the normalised text and its paragraph number.</summary>
public sealed record Sentence(int Start, int End, string Text, int Paragraph);

/// <summary>The segmented document: entries in text order.</summary>
public sealed record SegmentedDocument(string Text, IReadOnlyList<Entry> Entries);
