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
    /// Uses before compiling. The seed (30 KB) uses its busiest frame ~100 times, so it never
    /// compiles; a batch of a few hundred KB compiles its common frames. Uses before then run the
    /// interpreter, several microseconds slower on these long alternations, so a large batch pays
    /// that on 500 uses per frame (a few ms) besides the ~15 ms of JIT it always paid.
    /// </summary>
    private const int CompileAfter = 500;

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
