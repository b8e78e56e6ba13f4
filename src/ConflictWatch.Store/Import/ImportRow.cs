using ConflictWatch.Core;

namespace ConflictWatch.Store.Import;

/// <summary>One row of an imported file: an event, or why the row at that line was skipped.</summary>
public sealed record ImportRow(int Line, ConflictEvent? Event, string? Error);

/// <summary>What an import did. Errors carry their line numbers, so the user can fix the file.</summary>
public sealed record ImportSummary(int Rows, int Imported, int Unchanged, int Failed, IReadOnlyList<string> Errors);
