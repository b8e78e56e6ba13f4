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
    /// Groups are found by value (site id, actor, day) and the key text written once per alert; the
    /// bearing is worked out only for a report that is described (tens of thousands of hits per ingest).
    /// </summary>
    public IEnumerable<Alert> Evaluate(AlertContext context)
    {
        var index = new SiteIndex(context.Sites);
        var grouped = new Dictionary<(long Site, string Actor, DateOnly Day), int>();
        var alerts = new List<Alert>();
        foreach (var stored in context.Recent)
        {
            var e = stored.Event;
            if (ActorNames.ArmedActor(e) is not { } actor || e.GeoPrecision >= 3)
            {
                // a region- or country-level event sits on a capital by convention: no distance to measure
                continue;
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
                if (!grouped.TryGetValue((site.Id, actor, e.EventDate), out var at))
                {
                    grouped[(site.Id, actor, e.EventDate)] = alerts.Count;
                    alerts.Add(Describe(site, e, actor, SiteGeometry.Measure(site, e.Latitude, e.Longitude), $"proximity|{site.Id}|{actor}|{e.EventDate:yyyy-MM-dd}"));
                    continue;
                }
                // the message is written only when this report is the nearer one
                var earlier = alerts[at];
                var nearer = Math.Round(km, 1) < earlier.DistanceKm ? Describe(site, e, actor, SiteGeometry.Measure(site, e.Latitude, e.Longitude), earlier.Key) : earlier;
                alerts[at] = nearer with
                {
                    EventIds = [.. earlier.EventIds, e.EventId],
                    Severity = Severest(earlier.Severity, SeverityOf(site, e, km)),
                };
            }
        }
        return alerts;
    }

    private Alert Describe(WatchSite site, ConflictWatch.Core.ConflictEvent e, string actor, SiteOffset off, string key)
    {
        var km = Math.Round(off.DistanceKm);
        var where = km < 1 ? $"at {site.Name}" : string.Create(CultureInfo.InvariantCulture, $"{km:0} km {off.Compass} of {site.Name}");
        var what = e.Fatalities > 0 ? $" ({e.EventType.ToLowerInvariant()}, {e.Fatalities} killed)" : $" ({e.EventType.ToLowerInvariant()})";
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
            Message = $"{ActorNames.Short(actor)} reported {where} on {e.EventDate:yyyy-MM-dd}{what}",
        };
    }

    private static string SeverityOf(WatchSite site, ConflictWatch.Core.ConflictEvent e, double km) =>
        e.Fatalities >= 10 ? Severity.Critical : km <= site.RadiusKm / 2 || e.Fatalities > 0 ? Severity.High : Severity.Medium;

    private static string Severest(string a, string b)
    {
        string[] ranks = [Severity.Medium, Severity.High, Severity.Critical];
        return Array.IndexOf(ranks, a) >= Array.IndexOf(ranks, b) ? a : b;
    }
}
