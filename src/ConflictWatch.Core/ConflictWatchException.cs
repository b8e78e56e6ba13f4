namespace ConflictWatch.Core;

/// <summary>
/// The one exception family library code throws. The message names the input and the problem,
/// so the CLI can print it as it is and choose an exit code.
/// </summary>
public class ConflictWatchException : Exception
{
    public ConflictWatchException(string message) : base(message) { }
    public ConflictWatchException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>An input that cannot be read as a dispatch (empty, binary, invalid UTF-8, too large).</summary>
public sealed class BadInputException : ConflictWatchException
{
    public BadInputException(string source, string problem) : base($"{source}: {problem}")
    {
        Source = source;
        Problem = problem;
    }

    public new string Source { get; }
    public string Problem { get; }
}
