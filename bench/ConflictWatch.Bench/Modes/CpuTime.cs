using System.Diagnostics;

namespace ConflictWatch.Bench.Modes;

/// <summary>
/// CPU time this process has used. Every mode prints it beside the wall clock: on a shared machine
/// the wall clock also measures the neighbours, CPU time much less so.
/// </summary>
public static class CpuTime
{
    public static TimeSpan Now() => Process.GetCurrentProcess().TotalProcessorTime;

    /// <summary>The first field of /proc/loadavg, so a result says how busy the machine was.</summary>
    public static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
