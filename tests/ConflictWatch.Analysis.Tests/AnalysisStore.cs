using System.Globalization;
using ConflictWatch.Core;
using ConflictWatch.Store.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace ConflictWatch.Analysis.Tests;

/// <summary>A real SQLite file in a fresh temp directory with a fake clock; events are loaded through the import API.</summary>
public sealed class AnalysisStore : IDisposable
{
    private int next;

    public AnalysisStore(DateTimeOffset? now = null)
    {
        Directory = Path.Combine(Path.GetTempPath(), "cw-analysis-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Clock = new FakeTimeProvider(now ?? new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));
        Store = SqliteStore.Open(Path.Combine(Directory, "test.db"), Clock);
    }

    public string Directory { get; }
    public FakeTimeProvider Clock { get; }
    public SqliteStore Store { get; }

    public void Add(params ConflictEvent[] events) => Store.ImportBatch(events, "acled");

    public ConflictEvent Event(string date, double lat = 15.918, double lon = 2.402, string actor1 = "JNIM", int inter1 = 2, string? actor2 = "Military Forces of Mali (2021-)",
        int fatalities = 0, string type = EventTypes.Battles, string? sub = null, string country = "Mali", string? admin1 = "Menaka", string location = "Ménaka",
        string notes = "Synthetic test event.", string? civilians = null, int? kidnapped = null) => new()
    {
        EventId = $"T{++next:D5}",
        EventDate = DateOnly.Parse(date, CultureInfo.InvariantCulture),
        DisorderType = EventTypes.DisorderOf(type),
        EventType = type,
        SubEventType = sub ?? EventTypes.SubTypes[type][0],
        Actor1 = actor1,
        Inter1 = inter1,
        Actor2 = actor2,
        Inter2 = actor2 is null ? null : 1,
        CivilianTargeting = civilians,
        Country = country,
        Iso = country == "Mali" ? 466 : country == "Niger" ? 562 : 854,
        Admin1 = admin1,
        Location = location,
        Latitude = lat,
        Longitude = lon,
        Fatalities = fatalities,
        Kidnapped = kidnapped,
        Source = "Test",
        Notes = notes,
        Confidence = 1,
    };

    public void Dispose()
    {
        Store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, true);
        }
        catch (IOException)
        {
        }
    }
}
