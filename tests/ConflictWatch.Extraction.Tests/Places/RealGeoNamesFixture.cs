using System.Diagnostics;
using ConflictWatch.Core;
using ConflictWatch.Extraction.Places;

namespace ConflictWatch.Extraction.Tests.Places;

/// <summary>The four real GeoNames dumps imported once per test class into a temporary index.</summary>
public sealed class RealGeoNamesFixture : IDisposable
{
    private readonly TempDir tmp = new();

    public RealGeoNamesFixture()
    {
        var watch = Stopwatch.StartNew();
        Import = Gazetteers.Import(GeoNamesTestData.RealDumps(), tmp.Path);
        ImportTime = watch.Elapsed;
        watch.Restart();
        Gazetteer = Gazetteers.Load(tmp.Path);
        LoadTime = watch.Elapsed;
        IndexBytes = new FileInfo(Path.Combine(tmp.Path, CompiledGazetteer.FileName)).Length;
    }

    public GeoNamesImport Import { get; }

    public IGazetteer Gazetteer { get; }

    public TimeSpan ImportTime { get; }

    public TimeSpan LoadTime { get; }

    public long IndexBytes { get; }

    public void Dispose() => tmp.Dispose();
}
