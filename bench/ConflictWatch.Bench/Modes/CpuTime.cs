using System.Diagnostics;

namespace ConflictWatch.Bench.Modes;

/// <summary>
/// CPU time this process has used. Every mode prints it beside the wall clock: on a shared machine
/// the wall clock also measures the neighbours, CPU time much less so.
/// </summary>
public static class CpuTime
{
    public static TimeSpan Now() => Process.GetCurrentProcess().TotalProcessorTime;

    /// <summary>
    /// CPU time of the calling thread alone (Linux): the workers' own time, without the GC's and
    /// the JIT's threads, so a parallel run can tell work that got slower from work added beside it.
    /// </summary>
    public static TimeSpan ThisThread() =>
        OperatingSystem.IsLinux() && clock_gettime(3 /* CLOCK_THREAD_CPUTIME_ID */, out var t) == 0
            ? TimeSpan.FromTicks(t.Seconds * TimeSpan.TicksPerSecond + t.Nanoseconds / 100)
            : TimeSpan.Zero;

    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [System.Runtime.InteropServices.DllImport("libc")]
    private static extern int clock_gettime(int clock, out Timespec time);

    /// <summary>The first field of /proc/loadavg, so a result says how busy the machine was.</summary>
    public static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
