using ConflictWatch.Core;

namespace ConflictWatch.Store.Tests;

/// <summary>The radius filter decides most rows by flat-earth arithmetic; it must agree with the exact distance everywhere.</summary>
public sealed class RadiusTests
{
    [Theory]
    [InlineData(15.918, 2.402, 50)]
    [InlineData(12.37, -1.52, 10)]
    [InlineData(20.0, 10.0, 500)]
    [InlineData(-33.9, 18.4, 200)]
    [InlineData(62.0, 25.0, 100)]
    public void A_radius_query_counts_exactly_the_points_within_the_great_circle_distance(double lat, double lon, double km)
    {
        using var t = new TestStore();
        var rng = new Random(17);
        var span = km / 111.195 * 1.3;
        var points = Enumerable.Range(0, 3000).Select(i => (Lat: lat + (rng.NextDouble() * 2 - 1) * span, Lon: lon + (rng.NextDouble() * 2 - 1) * span / Math.Cos(lat * Math.PI / 180))).ToList();
        t.Store.ImportBatch([.. points.Select((p, i) => TestStore.Event($"P{i}", lat: p.Lat, lon: p.Lon))], "acled");
        var expected = points.Count(p => Geo.DistanceKm(lat, lon, p.Lat, p.Lon) <= km);
        Assert.Equal(expected, t.Store.Count(new EventQuery { Near = new GeoPoint(lat, lon), RadiusKm = km }));
    }
}
