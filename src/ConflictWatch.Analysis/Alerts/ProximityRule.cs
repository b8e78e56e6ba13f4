using System.Globalization;
using ConflictWatch.Analysis.Watchlist;
using ConflictWatch.Store;

namespace ConflictWatch.Analysis.Alerts;

/// <summary>Armed-group activity within a site's radius: "ISGS reported 75 km N of Ménaka".</summary>
public sealed class ProximityRule : IAlertRule
{
    public string Name => "proximity";

    public IEnumerable<Alert> Evaluate(AlertContext context)
    {
        var index = new SiteIndex(context.Sites);
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
                var off = SiteGeometry.Measure(site, e.Latitude, e.Longitude);
                if (off.DistanceKm > site.RadiusKm)
                {
                    continue;
                }
                var km = Math.Round(off.DistanceKm);
                var where = km < 1 ? $"at {site.Name}" : string.Create(CultureInfo.InvariantCulture, $"{km:0} km {off.Compass} of {site.Name}");
                var what = e.Fatalities > 0 ? $" ({e.EventType.ToLowerInvariant()}, {e.Fatalities} killed)" : $" ({e.EventType.ToLowerInvariant()})";
                yield return new Alert
                {
                    Key = $"proximity|{site.Id}|{e.EventId}",
                    Rule = Name,
                    Severity = e.Fatalities >= 10 ? Severity.Critical : off.DistanceKm <= site.RadiusKm / 2 || e.Fatalities > 0 ? Severity.High : Severity.Medium,
                    Site = site.Name,
                    DistanceKm = Math.Round(off.DistanceKm, 1),
                    Bearing = off.Compass,
                    Actor = actor,
                    Admin1 = e.Admin1,
                    EventIds = [e.EventId],
                    Message = $"{ActorNames.Short(actor)} reported {where} on {e.EventDate:yyyy-MM-dd}{what}",
                };
            }
        }
    }
}
