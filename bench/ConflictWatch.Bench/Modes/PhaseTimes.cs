using System.Diagnostics;
using ConflictWatch.Store;

namespace ConflictWatch.Bench.Modes;

/// <summary>
/// Collects the store's phase spans (<see cref="StoreTrace"/>) while it is alive: wall time per phase
/// name, summed over repeats (an import's row inserts are one span per batch), and the process's CPU
/// time over the same spans, which includes any other thread working meanwhile (the CSV parser).
/// </summary>
public sealed class PhaseTimes : IDisposable
{
    private readonly ActivityListener listener;
    private readonly Dictionary<string, (TimeSpan Wall, TimeSpan Cpu, int Count)> phases = [];
    private readonly List<string> order = [];
    private readonly Dictionary<Activity, TimeSpan> cpuAtStart = [];

    public PhaseTimes()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == StoreTrace.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStarted = a => cpuAtStart[a] = CpuTime.Now(),
            ActivityStopped = Stopped,
        };
        ActivitySource.AddActivityListener(listener);
    }

    /// <summary>One line per phase in the order they first ran: wall ms, CPU ms, and how many spans.</summary>
    public IEnumerable<(string Name, string Result)> Lines() => order.Select(name =>
    {
        var (wall, cpu, count) = phases[name];
        return (name, $"{wall.TotalSeconds:0.00} s ({cpu.TotalSeconds:0.00} s CPU{(count > 1 ? $", {count} spans" : "")})");
    });

    public void Dispose() => listener.Dispose();

    private void Stopped(Activity a)
    {
        var cpu = cpuAtStart.Remove(a, out var start) ? CpuTime.Now() - start : TimeSpan.Zero;
        if (!phases.TryGetValue(a.DisplayName, out var sum))
        {
            order.Add(a.DisplayName);
        }
        phases[a.DisplayName] = (sum.Wall + a.Duration, sum.Cpu + cpu, sum.Count + 1);
    }
}
