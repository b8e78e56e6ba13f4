using ConflictWatch.Store;

namespace ConflictWatch.Analysis.Hotspots;

/// <summary>A grid cell where violence concentrated, with the same cell's figures in the previous period of equal length.</summary>
public sealed record Hotspot(
    double South, double West, double CellDegrees,
    long Events, long Fatalities, long PreviousEvents, long PreviousFatalities,
    string? Place, string? Admin1, string? Country, IReadOnlyList<string> TopActors)
{
    public double CenterLatitude => South + CellDegrees / 2;
    public double CenterLongitude => West + CellDegrees / 2;
    public double? ChangePct => PreviousEvents > 0 ? Math.Round((Events - PreviousEvents) * 100.0 / PreviousEvents, 1) : null;
}

/// <summary>Counts events per grid cell over a period and its predecessor; the busiest cells first.</summary>
public sealed class HotspotFinder(IEventStore store)
{
    public IReadOnlyList<Hotspot> Find(EventQuery filter, DateOnly from, DateOnly to, double cellDegrees = 0.5, int top = 20, int minEvents = 1)
    {
        if (cellDegrees <= 0 || to < from)
        {
            throw new Core.ConflictWatchException("hotspots need a positive cell size and a period whose end is not before its start");
        }
        var days = to.DayNumber - from.DayNumber + 1;
        var current = Cells(filter with { From = from, To = to, Limit = null, Offset = 0 }, cellDegrees);
        var previous = Cells(filter with { From = from.AddDays(-days), To = from.AddDays(-1), Limit = null, Offset = 0 }, cellDegrees);
        return current
            .Where(kv => kv.Value.Events >= minEvents)
            .OrderByDescending(kv => kv.Value.Events).ThenByDescending(kv => kv.Value.Fatalities).ThenBy(kv => kv.Key)
            .Take(top)
            .Select(kv =>
            {
                var c = kv.Value;
                var p = previous.GetValueOrDefault(kv.Key);
                return new Hotspot(kv.Key.Y * cellDegrees, kv.Key.X * cellDegrees, cellDegrees, c.Events, c.Fatalities, p?.Events ?? 0, p?.Fatalities ?? 0,
                    Top(c.Places, 1).FirstOrDefault(), Top(c.Admin1s, 1).FirstOrDefault(), Top(c.Countries, 1).FirstOrDefault(), Top(c.Actors, 3).ToList());
            })
            .ToList();
    }

    private static IEnumerable<string> Top(Dictionary<string, int> counts, int n) =>
        counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(n).Select(kv => kv.Key);

    private sealed class Cell
    {
        public long Events;
        public long Fatalities;
        public readonly Dictionary<string, int> Places = new(StringComparer.Ordinal);
        public readonly Dictionary<string, int> Admin1s = new(StringComparer.Ordinal);
        public readonly Dictionary<string, int> Countries = new(StringComparer.Ordinal);
        public readonly Dictionary<string, int> Actors = new(StringComparer.Ordinal);
    }

    private Dictionary<(int Y, int X), Cell> Cells(EventQuery q, double size)
    {
        var cells = new Dictionary<(int, int), Cell>();
        foreach (var s in store.Query(q))
        {
            var e = s.Event;
            var key = ((int)Math.Floor(e.Latitude / size), (int)Math.Floor(e.Longitude / size));
            if (!cells.TryGetValue(key, out var c))
            {
                cells[key] = c = new Cell();
            }
            c.Events++;
            c.Fatalities += e.Fatalities;
            Bump(c.Places, e.Location);
            Bump(c.Admin1s, e.Admin1);
            Bump(c.Countries, e.Country);
            Bump(c.Actors, e.Actor1);
            Bump(c.Actors, e.Actor2);
        }
        return cells;
    }

    private static void Bump(Dictionary<string, int> d, string? key)
    {
        if (!string.IsNullOrEmpty(key))
        {
            d[key] = d.GetValueOrDefault(key) + 1;
        }
    }
}
