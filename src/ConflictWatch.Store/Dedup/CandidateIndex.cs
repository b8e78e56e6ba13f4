using ConflictWatch.Core;

namespace ConflictWatch.Store.Dedup;

/// <summary>
/// Where the extracted events are, in memory, by day: the dedup candidates of a new event are the
/// few within <see cref="DedupRules.MaxDays"/> and <see cref="DedupRules.MaxKm"/> of it. The store's
/// spatial index knows only places, so in a database full of imported (ACLED) events every ingested event
/// checked the dates of thousands of rows in its 120 km box; this finds the same set from a few
/// day buckets. A superset filter: the store re-reads and re-checks every candidate.
/// </summary>
public sealed class CandidateIndex
{
    private const double KmPerDegree = 111.195;
    private readonly Dictionary<int, List<Entry>> byDay = [];
    private readonly Dictionary<long, int> dayOf = [];

    private readonly record struct Entry(long Id, double Latitude, double Longitude);

    public int Count => dayOf.Count;

    public void Add(long id, DateOnly date, double latitude, double longitude)
    {
        Remove(id);
        var day = date.DayNumber;
        if (!byDay.TryGetValue(day, out var list))
        {
            byDay[day] = list = [];
        }
        list.Add(new Entry(id, latitude, longitude));
        dayOf[id] = day;
    }

    public void Remove(long id)
    {
        if (dayOf.Remove(id, out var day))
        {
            byDay[day].RemoveAll(x => x.Id == id);
        }
    }

    /// <summary>Ids of events within the widest date window and bounding box any pair can have.</summary>
    public List<long> Near(ConflictEvent e)
    {
        var dLat = DedupRules.MaxKm / KmPerDegree;
        var dLon = DedupRules.MaxKm / (KmPerDegree * Math.Max(0.01, Math.Cos(e.Latitude * Math.PI / 180)));
        var found = new List<long>();
        var day0 = e.EventDate.DayNumber;
        for (var day = day0 - DedupRules.MaxDays; day <= day0 + DedupRules.MaxDays; day++)
        {
            if (!byDay.TryGetValue(day, out var list))
            {
                continue;
            }
            foreach (var x in list)
            {
                if (Math.Abs(x.Latitude - e.Latitude) <= dLat && Math.Abs(x.Longitude - e.Longitude) <= dLon)
                {
                    found.Add(x.Id);
                }
            }
        }
        return found;
    }
}
