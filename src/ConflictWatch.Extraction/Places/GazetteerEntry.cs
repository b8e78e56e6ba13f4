using ConflictWatch.Core;

namespace ConflictWatch.Extraction.Places;

/// <summary>A place with every name it is found under (its own name included), as importers produce it.</summary>
public sealed record GazetteerEntry(Place Place, IReadOnlyList<string> Names);

/// <summary>A bad input line, kept so a batch import can report it and carry on. Line 0 means the whole file.</summary>
public sealed record ImportProblem(string File, long Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
