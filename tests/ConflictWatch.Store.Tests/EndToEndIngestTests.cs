using ConflictWatch.Core;
using ConflictWatch.Extraction;
using ConflictWatch.Extraction.Places;
using ConflictWatch.Store.Ingest;

namespace ConflictWatch.Store.Tests;

/// <summary>Ingest with the real extraction pipeline (built-in gazetteer), through the same API the CLI uses.</summary>
public sealed class EndToEndIngestTests
{
    private static readonly EventPipeline Pipeline = new(Gazetteers.LoadDefault());

    private static IngestSummary Ingest(IConflictStore store, params string[] paths)
    {
        using var fetcher = new HttpFetcher();
        return new Ingestor(store, d => Pipeline.Extract(d)).Run(new IngestSources(fetcher).Read(paths));
    }

    [Fact]
    public void The_samples_are_archived_with_evidenced_events_and_claims_and_a_second_ingest_adds_nothing()
    {
        using var t = new TestStore();
        var first = Ingest(t.Store, Path.Combine(RepoFiles.Root, "samples"));
        Assert.True(first.Failed == 0, string.Join("\n", first.Failures));
        Assert.True(first.New >= 5);
        var events = t.Store.Query(new EventQuery()).ToList();
        Assert.NotEmpty(events);
        Assert.Equal(first.EventsAdded, events.Count);
        Assert.All(events, e => Assert.False(string.IsNullOrEmpty(e.Event.Evidence?.Text), e.Event.EventId));
        Assert.All(events, e => Assert.NotEmpty(t.Store.Get(e.Event.EventId)!.Sources));
        Assert.True(first.Claims > 0);

        var second = Ingest(t.Store, Path.Combine(RepoFiles.Root, "samples"));
        Assert.Equal((0, 0, first.New, 0, 0, 0), (second.New, second.Updated, second.Unchanged, second.Failed, second.EventsAdded, second.EventsMerged));
        Assert.Equal(events.Count, t.Store.Count(new EventQuery()));
    }

    [Fact]
    public void The_seed_dispatch_gives_an_isgs_event_near_menaka_and_its_five_claims()
    {
        using var t = new TestStore();
        var seed = Path.Combine(RepoFiles.Shared, "seed", "mali-2023-04-14.txt");
        var s = Ingest(t.Store, seed);
        Assert.Equal(1, s.New);
        var near = t.Store.Query(new EventQuery { Near = new GeoPoint(15.92, 2.40), RadiusKm = 100 }).ToList();
        Assert.Contains(near, e => $"{e.Event.Actor1} {e.Event.Actor2}".Contains("Islamic State", StringComparison.Ordinal));
        var dispatchId = near.First().Event.DispatchId;
        var quantities = t.Store.ClaimsOfDispatch(dispatchId).Select(c => c.Quantity).ToHashSet();
        Assert.Superset(new HashSet<double> { 370, 1277, 532, 33, 115 }, quantities);
    }
}
