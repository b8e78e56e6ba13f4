using System.Globalization;
using ConflictWatch.Store;

namespace ConflictWatch.Analysis.Alerts;

/// <summary>The result of one evaluation: how many events were new and the alerts raised now (not those raised before).</summary>
public sealed record AlertRun(int NewEvents, int Sites, DateOnly? AsOf, IReadOnlyList<Alert> Raised);

/// <summary>
/// Evaluates the rules on the events stored since the last evaluation (an arrival counter kept in the
/// store), as of the newest event date (never after today), and stores each finding once by its key.
/// </summary>
public sealed class AlertEngine
{
    public const string SequenceState = "alerts.sequence";
    private const int Chunk = 50_000;

    private readonly IConflictStore store;
    private readonly IAnalysisQueries queries;
    private readonly IWatchlistStore watchlist;
    private readonly TimeProvider time;
    private readonly AlertOptions options;
    private readonly IReadOnlyList<IAlertRule> rules;

    public AlertEngine(IConflictStore store, IAnalysisQueries queries, IWatchlistStore watchlist, TimeProvider? time = null, AlertOptions? options = null, IReadOnlyList<IAlertRule>? rules = null)
    {
        this.store = store;
        this.queries = queries;
        this.watchlist = watchlist;
        this.time = time ?? TimeProvider.System;
        this.options = options ?? new AlertOptions();
        this.rules = rules ?? DefaultRules();
    }

    public static IReadOnlyList<IAlertRule> DefaultRules() => [new ProximityRule(), new ApproachRule(), new SurgeRule(), new NewAreaRule(), new ForeignKidnappingRule()];

    /// <summary>A store that provides all three interfaces (the SQLite store does).</summary>
    public static AlertEngine For<T>(T store, TimeProvider? time = null, AlertOptions? options = null)
        where T : IConflictStore, IAnalysisQueries, IWatchlistStore => new(store, store, store, time, options);

    public AlertRun Evaluate()
    {
        var seen = long.TryParse(watchlist.GetState(SequenceState), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 0;
        var fresh = new List<StoredEvent>();
        while (true)
        {
            var batch = queries.EventsAfter(seen, Chunk);
            if (batch.Count == 0)
            {
                break;
            }
            fresh.AddRange(batch.Select(b => b.Stored));
            seen = batch[^1].Sequence;
        }
        var sites = watchlist.Sites();
        if (fresh.Count == 0)
        {
            return new AlertRun(0, sites.Count, null, []);
        }
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var newest = fresh.Max(e => e.Event.EventDate);
        var asOf = newest > today ? today : newest;
        var context = new AlertContext(fresh, sites, store, queries, asOf, options);
        var now = time.GetUtcNow();
        var found = Run(context).SelectMany(alerts => alerts).Select(a => a with { RaisedAt = now }).ToList();
        var raised = watchlist.RaiseAll(found);
        watchlist.SetState(SequenceState, seen.ToString(CultureInfo.InvariantCulture));
        return new AlertRun(fresh.Count, sites.Count, asOf, raised);
    }

    /// <summary>
    /// Each rule's findings, in rule order. The rules that do not read the store run on another thread
    /// while those that do take turns on it: proximity, the busiest, is pure computation and overlaps the
    /// others' queries.
    /// </summary>
    private List<Alert>[] Run(AlertContext context)
    {
        var results = new List<Alert>[rules.Count];
        var alongside = Task.Run(() =>
        {
            for (var i = 0; i < rules.Count; i++)
            {
                if (!rules[i].ReadsStore)
                {
                    results[i] = [.. rules[i].Evaluate(context)];
                }
            }
        });
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].ReadsStore)
            {
                results[i] = [.. rules[i].Evaluate(context)];
            }
        }
        alongside.GetAwaiter().GetResult();
        return results;
    }
}
