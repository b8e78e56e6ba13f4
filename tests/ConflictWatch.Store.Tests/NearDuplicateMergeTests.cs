using ConflictWatch.Extraction;
using ConflictWatch.Extraction.Places;
using ConflictWatch.Store.Ingest;
using Xunit.Abstractions;

namespace ConflictWatch.Store.Tests;

/// <summary>
/// Merge precision and recall with the real extractor on Fixtures/near-duplicates.jsonl: our own
/// short dispatches, several wordings of the same incidents plus look-alikes that are not (same
/// day 80 km away, same village 18 days later). Measured over pairs of dispatches: a pair is
/// predicted "same incident" when the store lists both as sources of one event.
/// </summary>
public sealed class NearDuplicateMergeTests(ITestOutputHelper output)
{
    /// <summary>The incident each fixture dispatch reports.</summary>
    private static readonly Dictionary<string, string> Truth = new()
    {
        ["nd-a1"] = "boni", ["nd-a2"] = "boni", ["nd-a3"] = "boni", ["nd-b1"] = "douentza",
        ["nd-c1"] = "seytenga-0502", ["nd-c2"] = "seytenga-0502", ["nd-d1"] = "seytenga-0520",
        ["nd-e1"] = "niamey", ["nd-e2"] = "niamey",
    };

    [Fact]
    public void Reports_of_one_incident_merge_and_look_alikes_stay_apart()
    {
        using var t = new TestStore();
        var pipeline = new EventPipeline(Gazetteers.LoadDefault());
        using var fetcher = new HttpFetcher();
        var file = Path.Combine(AppContext.BaseDirectory, "Fixtures", "near-duplicates.jsonl");
        var s = new Ingestor(t.Store, d => pipeline.Extract(d)).Run(new IngestSources(fetcher).Read([file]));
        Assert.Equal(Truth.Count, s.New);

        var predicted = new HashSet<(string, string)>();
        foreach (var e in t.Store.Query(new EventQuery()))
        {
            var sources = t.Store.Get(e.Event.EventId)!.Sources.Select(x => x.DispatchId).Distinct().Order(StringComparer.Ordinal).ToList();
            for (var i = 0; i < sources.Count; i++)
            {
                for (var j = i + 1; j < sources.Count; j++)
                {
                    predicted.Add((sources[i], sources[j]));
                }
            }
        }
        var ids = Truth.Keys.Order(StringComparer.Ordinal).ToList();
        var actual = ids.SelectMany((a, i) => ids.Skip(i + 1).Where(b => Truth[a] == Truth[b]).Select(b => (a, b))).ToHashSet();
        var hits = predicted.Count(actual.Contains);
        var precision = predicted.Count == 0 ? 1 : (double)hits / predicted.Count;
        var recall = (double)hits / actual.Count;
        output.WriteLine($"merged pairs {predicted.Count}, true pairs {actual.Count}, correct {hits}: precision {precision:0.00}, recall {recall:0.00}; events merged {s.EventsMerged}");
        Assert.True(precision >= 0.8, $"precision {precision:0.00}: {string.Join(", ", predicted.Except(actual))}");
        Assert.True(recall >= 0.8, $"recall {recall:0.00}: missed {string.Join(", ", actual.Except(predicted))}");
    }
}
