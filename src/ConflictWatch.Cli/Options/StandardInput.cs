using ConflictWatch.Core;
using ConflictWatch.Extraction.Input;

namespace ConflictWatch.Cli.Options;

/// <summary>
/// <c>-</c> among the paths: standard input is read as bytes and checked as a file would be (empty, binary,
/// invalid UTF-8) before any reader sees it, since a <see cref="TextReader"/> over stdin silently replaces bad bytes.
/// </summary>
public static class StandardInput
{
    /// <summary>The paths to read (without "-" when stdin is bad) and the problem with stdin, if any.</summary>
    public static (string[] Paths, string? Error) Check(string[] paths)
    {
        if (!paths.Contains("-"))
        {
            return (paths, null);
        }
        using var buffer = new MemoryStream();
        using (var stdin = Console.OpenStandardInput())
        {
            stdin.CopyTo(buffer);
        }
        var checkedInput = DispatchReader.Decode("<stdin>", "stdin", buffer.ToArray(), DispatchFormat.Text);
        if (checkedInput.Dispatch is null)
        {
            return ([.. paths.Where(p => p != "-")], checkedInput.Error);
        }
        Console.SetIn(new StringReader(checkedInput.Dispatch.Text));
        return (paths, null);
    }
}
