using System.Globalization;
using ConflictWatch.Analysis.Watchlist;
using ConflictWatch.Store;

namespace ConflictWatch.Analysis.Alerts;

/// <summary>Armed-group activity within a site's radius: "ISGS reported 75 km N of Ménaka".</summary>
public sealed class ProximityRule : IAlertRule
{
    public string Name => "proximity";

    public bool ReadsStore => false;

    /// <summary>
    /// One alert per site, actor and day: ten reports of the same group around the same town on the same
    /// day are one warning to act on, not ten. The alert carries every event and the nearest distance.
    /// An ingest brings tens of thousands of hits, so groups are found by numbers (site id, actor number,
    /// day), the bearing is worked out only for a report that is described, and the day and event-type
    /// texts are formatted once per run.
    /// </summary>
    public IEnumerable<Alert> Evaluate(AlertContext context)
    {
        var index = new SiteIndex(context.Sites);
        var texts = new Texts();
        var actors = new Dictionary<string, int>(StringComparer.Ordinal);
        var grouped = new Dictionary<(long Site, int Actor, int Day), int>();
        var alerts = new List<Alert>();
        foreach (var stored in context.Recent)
        {
            var e = stored.Event;
            if (ActorNames.ArmedActor(e) is not { } actor || e.GeoPrecision >= 3)
            {
                // a region- or country-level event sits on a capital by convention: no distance to measure
                continue;
            }
            if (!actors.TryGetValue(actor, out var actorNo))
            {
                actors[actor] = actorNo = actors.Count;
            }
            foreach (var site in index.Near(e.Latitude, e.Longitude))
            {
                if (!SiteGeometry.MaybeWithin(site, e.Latitude, e.Longitude, site.RadiusKm))
                {
                    continue;
                }
                var km = SiteGeometry.DistanceKm(site, e.Latitude, e.Longitude);
                if (km > site.RadiusKm)
                {
                    continue;
                }
                var group = (site.Id, actorNo, e.EventDate.DayNumber);
                if (!grouped.TryGetValue(group, out var at))
                {
                    grouped[group] = alerts.Count;
                    alerts.Add(Describe(site, e, actor, SiteGeometry.Measure(site, e.Latitude, e.Longitude), $"proximity|{site.Id}|{actor}|{texts.Day(e.EventDate)}", texts));
                    continue;
                }
                // the message is written only when this report is the nearer one
                var earlier = alerts[at];
                var nearer = Math.Round(km, 1) < earlier.DistanceKm ? Describe(site, e, actor, SiteGeometry.Measure(site, e.Latitude, e.Longitude), earlier.Key, texts) : earlier;
                alerts[at] = nearer with
                {
                    EventIds = [.. earlier.EventIds, e.EventId],
                    Severity = Severest(earlier.Severity, SeverityOf(site, e, km)),
                };
            }
        }
        return alerts;
    }

    private Alert Describe(WatchSite site, ConflictWatch.Core.ConflictEvent e, string actor, SiteOffset off, string key, Texts texts)
    {
        var km = Math.Round(off.DistanceKm);
        var where = km < 1 ? $"at {site.Name}" : string.Create(CultureInfo.InvariantCulture, $"{(long)km} km {off.Compass} of {site.Name}");
        var type = texts.Lower(e.EventType);
        var what = e.Fatalities > 0 ? $" ({type}, {e.Fatalities} killed)" : $" ({type})";
        return new Alert
        {
            Key = key,
            Rule = Name,
            Severity = SeverityOf(site, e, off.DistanceKm),
            Site = site.Name,
            DistanceKm = Math.Round(off.DistanceKm, 1),
            Bearing = off.Compass,
            Actor = actor,
            Admin1 = e.Admin1,
            EventIds = [e.EventId],
            Message = $"{ActorNames.Short(actor)} reported {where} on {texts.Day(e.EventDate)}{what}",
        };
    }

    /// <summary>Texts a batch repeats thousands of times (a few dozen days, a handful of event types), each formatted once.</summary>
    private sealed class Texts
    {
        private readonly Dictionary<DateOnly, string> days = [];
        private readonly Dictionary<string, string> lower = new(StringComparer.Ordinal);

        public string Day(DateOnly d)
        {
            if (!days.TryGetValue(d, out var text))
            {
                days[d] = text = $"{d:yyyy-MM-dd}";
            }
            return text;
        }

        public string Lower(string s)
        {
            if (!lower.TryGetValue(s, out var text))
            {
                lower[s] = text = s.ToLowerInvariant();
            }
            return text;
        }
    }

    private static string SeverityOf(WatchSite site, ConflictWatch.Core.ConflictEvent e, double km) =>
        e.Fatalities >= 10 ? Severity.Critical : km <= site.RadiusKm / 2 || e.Fatalities > 0 ? Severity.High : Severity.Medium;

    private static string Severest(string a, string b)
    {
        string[] ranks = [Severity.Medium, Severity.High, Severity.Critical];
        return Array.IndexOf(ranks, a) >= Array.IndexOf(ranks, b) ? a : b;
    }
}
