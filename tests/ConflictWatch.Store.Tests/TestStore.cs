using ConflictWatch.Core;
using ConflictWatch.Extraction;
using ConflictWatch.Store.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace ConflictWatch.Store.Tests;

/// <summary>A real SQLite file in a fresh temp directory, deleted afterwards; a fake clock.</summary>
public sealed class TestStore : IDisposable
{
    public TestStore()
    {
        Directory = Path.Combine(Path.GetTempPath(), "cw-store-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Clock = new FakeTimeProvider(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));
        DbPath = Path.Combine(Directory, "test.db");
        Store = SqliteStore.Open(DbPath, Clock);
    }

    public string Directory { get; }
    public string DbPath { get; }
    public FakeTimeProvider Clock { get; }
    public SqliteStore Store { get; private set; }

    public SqliteStore Reopen()
    {
        Store.Dispose();
        Store = SqliteStore.Open(DbPath, Clock);
        return Store;
    }

    /// <summary>Saves a dispatch "extracted" into exactly these events.</summary>
    public SaveOutcome Save(string id, string text, params ConflictEvent[] events)
    {
        var d = new Dispatch(id, text, new DateOnly(2023, 4, 8), "RFI", $"https://example.org/{id}", $"Title {id}");
        return Store.Save(new ExtractionResult(d, text, d.Title, d.Published, events, []), ContentHash.Of(d));
    }

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

    public static ConflictEvent Event(string id, string date = "2023-04-06", double lat = 15.918, double lon = 2.402, string type = EventTypes.Battles,
        string actor1 = "JNIM", string? actor2 = "Military Forces of Mali (2021-)", int fatalities = 3, int? high = null, string country = "Mali",
        int timePrecision = 1, int geoPrecision = 1, string notes = "On 6 April 2023, JNIM attacked soldiers near Ménaka.", string location = "Ménaka") => new()
    {
        EventId = id,
        EventDate = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
        TimePrecision = timePrecision,
        DisorderType = EventTypes.DisorderOf(type),
        EventType = type,
        SubEventType = EventTypes.SubTypes[type][0],
        Actor1 = actor1,
        Inter1 = 2,
        Actor2 = actor2,
        Inter2 = actor2 is null ? null : 1,
        Country = country,
        Iso = country == "Mali" ? 466 : 854,
        Admin1 = "Menaka",
        Location = location,
        Latitude = lat,
        Longitude = lon,
        GeoPrecision = geoPrecision,
        Fatalities = fatalities,
        FatalitiesHigh = high,
        Source = "RFI",
        Notes = notes,
        Evidence = new Evidence(notes, 0, notes.Length),
        Confidence = 0.8,
    };
}
