using System.Text.RegularExpressions;

namespace ConflictWatch.Extraction.Events;

/// <summary>
/// A pattern built from data (a trigger frame's alternation), run by the regex interpreter until it
/// has been used often enough for compiled code to pay back its compilation, then compiled on a
/// thread-pool thread and swapped in. Compiling the trigger patterns up front (RegexOptions.Compiled)
/// cost half a CPU-second of JIT on the first use of each frame, most of the start-to-exit time of
/// a small run such as the seed; a large batch reaches the threshold within its first second and
/// runs compiled from then on. Both engines find the same matches, so the swap never changes a
/// result.
/// </summary>
public sealed class TieredPattern
{
    /// <summary>
    /// Uses before compiling. A frame's compiled pattern costs ~15 ms of JIT (four methods of a few
    /// ms each) and saves one to two microseconds per use over the interpreter (bench extract, stage
    /// "triggers": 1.2 µs per sentence compiled, 2–6 interpreted), so it pays back after several
    /// thousand uses. The seed uses no frame that often; a batch of a megabyte or more compiles its
    /// common frames early on.
    /// </summary>
    private const int CompileAfter = 2_000;

    private readonly string pattern;
    private readonly RegexOptions options;
    private Regex current;

    /// <summary>Counts uses until compiling is asked for; not exact across threads, which only moves that moment a little.</summary>
    private int uses;

    public TieredPattern(string pattern, RegexOptions options)
    {
        this.pattern = pattern;
        this.options = options & ~RegexOptions.Compiled;
        current = new Regex(pattern, this.options);
    }

    /// <summary>The regex to run now: interpreted at first, compiled once it has been used <see cref="CompileAfter"/> times.</summary>
    public Regex Regex
    {
        get
        {
            // after the compile is asked for, a use only reads: the counter stops being written
            if (uses < CompileAfter && ++uses == CompileAfter)
            {
                ThreadPool.UnsafeQueueUserWorkItem(static self => Volatile.Write(ref self.current, new Regex(self.pattern, self.options | RegexOptions.Compiled)), this, preferLocal: false);
            }
            return Volatile.Read(ref current);
        }
    }
}
