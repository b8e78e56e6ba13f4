using System.Diagnostics;
using ConflictWatch.Core;
using ConflictWatch.Extraction;
using ConflictWatch.Extraction.Actors;
using ConflictWatch.Extraction.Claims;
using ConflictWatch.Extraction.Dating;
using ConflictWatch.Extraction.Events;
using ConflictWatch.Extraction.Input;
using ConflictWatch.Extraction.Normalisation;
using ConflictWatch.Extraction.Numbers;
using ConflictWatch.Extraction.Places;
using ConflictWatch.Extraction.Segmentation;

namespace ConflictWatch.Bench.Modes;

/// <summary>
/// Extraction throughput: MB of dispatch text per second on one core and on every core, per-dispatch
/// latency percentiles, and the time each stage takes on the same texts (to see where time goes).
/// Input: files or directories of dispatches (default: the repository's samples/ and ../shared/eval/dev/texts),
/// repeated until about --mb megabytes (default 20).
/// </summary>
public static class ExtractBench
{
    public static int Run(string[] args)
    {
        var mb = 20.0;
        string? gazetteerDir = null;
        var paths = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--mb":
                    mb = double.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "--gazetteer":
                    gazetteerDir = args[++i];
                    break;
                default:
                    paths.Add(args[i]);
                    break;
            }
        }
        if (paths.Count == 0)
        {
            paths.AddRange(new[] { "samples", "../shared/eval/dev/texts" }.Where(Directory.Exists));
        }
        var basis = new DispatchReader().Read(paths).Where(d => d.Dispatch is not null).Select(d => d.Dispatch!).ToList();
        if (basis.Count == 0)
        {
            Console.Error.WriteLine("no dispatches found");
            return 2;
        }
        var load = Stopwatch.StartNew();
        var gazetteer = gazetteerDir is null ? Gazetteers.LoadDefault() : Gazetteers.Load(gazetteerDir);
        var pipeline = new EventPipeline(gazetteer);
        pipeline.Extract(basis[0], new DateOnly(2024, 1, 1));
        // a corpus of real inputs holds some the pipeline rejects (a page with no body): the CLI
        // reports and skips them, the bench leaves them out
        basis = basis.Where(d => Extracts(pipeline, d)).ToList();
        Console.WriteLine($"start-up (gazetteer + first dispatch): {load.ElapsedMilliseconds} ms; gazetteer {gazetteer.Count:N0} places");

        var work = new List<Dispatch>();
        long bytes = 0;
        for (var n = 0; bytes < mb * 1_000_000; n++)
        {
            var d = basis[n % basis.Count];
            work.Add(d with { Id = $"{d.Id}-{n}" });
            bytes += System.Text.Encoding.UTF8.GetByteCount(d.Text);
        }
        Console.WriteLine($"{work.Count:N0} dispatches, {bytes / 1e6:0.0} MB");

        // Warm-up until tiered compilation is done: the JIT promotes hot methods on a background thread
        // for several seconds, and until it has, the code measured is partly unoptimised and the JIT
        // competes for the cores. Done means no method compiled for a whole second (at most 30 s).
        var warm = Stopwatch.StartNew();
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        var quietSince = TimeSpan.Zero;
        for (var i = 0; warm.Elapsed.TotalSeconds < 30; i++)
        {
            pipeline.Extract(work[i % work.Count], new DateOnly(2024, 1, 1));
            if (i % 50 == 0)
            {
                var now = System.Runtime.JitInfo.GetCompiledMethodCount();
                if (now != compiled)
                {
                    (compiled, quietSince) = (now, warm.Elapsed);
                }
                else if (warm.Elapsed - quietSince > TimeSpan.FromSeconds(1) && warm.Elapsed.TotalSeconds >= 2)
                {
                    break;
                }
            }
        }
        Console.WriteLine($"warm-up: {warm.Elapsed.TotalSeconds:0.0} s until the JIT had nothing left to compile ({compiled:N0} methods, {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:0.0} s compiling)");
        var latencies = new double[work.Count];
        var cpu = Cpu();
        var threadCpu = CpuTime.ThisThread();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var collections = GC.CollectionCount(0);
        var sw = Stopwatch.StartNew();
        var events = 0;
        for (var i = 0; i < work.Count; i++)
        {
            var t = Stopwatch.GetTimestamp();
            events += pipeline.Extract(work[i], new DateOnly(2024, 1, 1)).Events.Count;
            latencies[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        }
        var single = sw.Elapsed.TotalSeconds;
        var singleCpu = Cpu() - cpu;
        threadCpu = CpuTime.ThisThread() - threadCpu;
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        collections = GC.CollectionCount(0) - collections;
        Array.Sort(latencies);
        Console.WriteLine($"one core:   {bytes / 1e6 / single:0.00} MB/s, {work.Count / single:N0} dispatches/s, {events:N0} events; latency p50 {latencies[latencies.Length / 2]:0.00} ms, p95 {latencies[(int)(latencies.Length * 0.95)]:0.00} ms, p99 {latencies[(int)(latencies.Length * 0.99)]:0.00} ms");
        Console.WriteLine($"            {bytes / 1e6 / singleCpu:0.00} MB per CPU-second (the figure that other load on the machine does not change; {bytes / 1e6 / threadCpu.TotalSeconds:0.00} of the thread alone); {allocated / (double)bytes:0.0} bytes allocated per byte of text, {collections} gen0 collections");

        cpu = Cpu();
        sw.Restart();
        // every core takes the next dispatch from a shared counter, as the CLI's workers do; each
        // worker also times its own CPU, so what the workers did is told apart from what other
        // threads (GC, JIT) added
        var next = -1;
        var parallelEvents = 0;
        var workerCpu = TimeSpan.Zero;
        var threads = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => new Thread(() =>
        {
            var t0 = CpuTime.ThisThread();
            var found = 0;
            for (int i; (i = Interlocked.Increment(ref next)) < work.Count;)
            {
                found += pipeline.Extract(work[i], new DateOnly(2024, 1, 1)).Events.Count;
            }
            var spent = CpuTime.ThisThread() - t0;
            lock (threadsLock)
            {
                parallelEvents += found;
                workerCpu += spent;
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        var all = sw.Elapsed.TotalSeconds;
        var allCpu = Cpu() - cpu;
        Console.WriteLine($"{Environment.ProcessorCount} cores:    {bytes / 1e6 / all:0.00} MB/s ({bytes / 1e6 / all / Environment.ProcessorCount:0.00} MB/s per core; {bytes / 1e6 / allCpu:0.00} MB per CPU-second, {bytes / 1e6 / workerCpu.TotalSeconds:0.00} per CPU-second of the workers alone), {parallelEvents:N0} events; load average {CpuTime.LoadAverage()}");

        Stages(basis, gazetteer);
        return 0;
    }

    private static readonly Lock threadsLock = new();

    private static double Cpu() => CpuTime.Now().TotalSeconds;

    private static bool Extracts(EventPipeline pipeline, Dispatch d)
    {
        try
        {
            pipeline.Extract(d, new DateOnly(2024, 1, 1));
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return false;
        }
    }

    /// <summary>Each stage alone over the basis texts, so a slow stage stands out (in CPU time).</summary>
    private static void Stages(List<Dispatch> basis, IGazetteer gazetteer)
    {
        var normaliser = new TextNormaliser();
        var segmenter = new Segmenter();
        var docs = basis.Select(d => normaliser.Normalise(d)).ToList();
        var sentences = docs.SelectMany(d => segmenter.Segment(d.Text, d.Published ?? new DateOnly(2024, 1, 1)).Entries.SelectMany(e => e.Sentences)).Select(s => s.Text).ToList();
        var reps = 20;
        void Time(string name, Action<string> stage, int warmUps = 1)
        {
            // first uses compile (regexes included), and the trigger patterns are compiled only
            // after some thousands of uses each (TieredPattern): neither is the stage's cost per sentence
            for (var r = 0; r < warmUps; r++)
            {
                foreach (var s in sentences)
                {
                    stage(s);
                }
            }
            Thread.Sleep(200); // the compiled patterns are built on the thread pool, and JIT-compiled at first use
            foreach (var s in sentences)
            {
                stage(s);
            }
            var c0 = Cpu();
            var a0 = GC.GetAllocatedBytesForCurrentThread();
            for (var r = 0; r < reps; r++)
            {
                foreach (var s in sentences)
                {
                    stage(s);
                }
            }
            var bytesPer = (GC.GetAllocatedBytesForCurrentThread() - a0) / (double)reps / sentences.Count;
            Console.WriteLine($"  {name,-12} {(Cpu() - c0) * 1e6 / reps / sentences.Count,6:0.0} µs/sentence {bytesPer,8:N0} bytes/sentence");
        }
        Console.WriteLine($"stages over {sentences.Count} sentences:");
        var c0 = Cpu();
        for (var r = 0; r < reps; r++)
        {
            foreach (var d in basis)
            {
                segmenter.Segment(normaliser.Normalise(d).Text, new DateOnly(2024, 1, 1));
            }
        }
        Console.WriteLine($"  {"normalise+segment",-12} {(Cpu() - c0) * 1e6 / reps / sentences.Count:0.0} µs/sentence");
        var triggers = new TriggerFinder();
        var actors = new ActorFinder(ActorRegistry.Shared);
        var places = new PlaceFinder(gazetteer);
        var dates = new DateFinder();
        var counts = new CountFinder();
        var casualties = new CasualtyReader();
        var claims = new ClaimExtractor();
        Time("triggers", s => triggers.Find(s), warmUps: 300);
        Time("actors", s => actors.Find(s));
        Time("places", s => places.Find(s, (_, _) => false));
        Time("dates", s => dates.Find(s, new DateOnly(2024, 1, 1)));
        Time("counts", s => counts.Find(s));
        Time("casualties", s => casualties.Read(s, false));
        Time("claims", s => claims.Extract(s, 0, new DateOnly(2024, 1, 1)));
        Time("countries", s => CountryMentions.Find(s).Count());
    }
}
