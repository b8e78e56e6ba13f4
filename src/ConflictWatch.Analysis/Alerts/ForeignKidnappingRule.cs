using System.Globalization;
using System.Text.RegularExpressions;
using ConflictWatch.Analysis.Watchlist;
using ConflictWatch.Extraction.Places;
using ConflictWatch.Store;

namespace ConflictWatch.Analysis.Alerts;

/// <summary>
/// The kidnapping of foreigners: an abduction whose notes or evidence name foreigners, expatriates,
/// aid workers or a nationality other than the country's. Placed relative to the nearest watch site.
/// </summary>
public sealed partial class ForeignKidnappingRule : IAlertRule
{
    public const string Abduction = "Abduction/forced disappearance";

    public string Name => "foreign-kidnapping";

    public bool ReadsStore => false;

    [GeneratedRegex(@"\b(foreign(er|ers)?|expatriates?|expats?|tourists?|aid workers?|missionar(y|ies)|humanitarian workers?|NGO workers?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignWords();

    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+\b")]
    private static partial Regex CapitalisedWord();

    public static bool MentionsForeigners(string text, string country)
    {
        if (ForeignWords().IsMatch(text))
        {
            return true;
        }
        foreach (Match m in CapitalisedWord().Matches(text))
        {
            if (Countries.ByDemonym(m.Value) is { } c && !string.Equals(c.Name, country, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    public IEnumerable<Alert> Evaluate(AlertContext context)
    {
        foreach (var e in context.Recent.Select(s => s.Event))
        {
            if (!string.Equals(e.SubEventType, Abduction, StringComparison.OrdinalIgnoreCase)
                || !MentionsForeigners(e.Notes + " " + e.Evidence?.Text, e.Country))
            {
                continue;
            }
            var nearest = context.Sites.Select(s => (Site: s, Off: SiteGeometry.Measure(s, e.Latitude, e.Longitude))).OrderBy(x => x.Off.DistanceKm).FirstOrDefault();
            var where = nearest.Site is null ? e.Location : string.Create(CultureInfo.InvariantCulture, $"{e.Location}, {nearest.Off.DistanceKm:0} km {nearest.Off.Compass} of {nearest.Site.Name}");
            yield return new Alert
            {
                Key = $"foreign-kidnapping|{e.EventId}",
                Rule = Name,
                Severity = Severity.High,
                Site = nearest.Site?.Name,
                DistanceKm = nearest.Site is null ? null : Math.Round(nearest.Off.DistanceKm, 1),
                Bearing = nearest.Site is null ? null : nearest.Off.Compass,
                Actor = e.Actor1,
                Admin1 = e.Admin1,
                EventIds = [e.EventId],
                Message = $"foreigners kidnapped in {e.Admin1 ?? e.Country} ({where}) on {e.EventDate:yyyy-MM-dd} by {ActorNames.Short(e.Actor1)}",
            };
        }
    }
}
