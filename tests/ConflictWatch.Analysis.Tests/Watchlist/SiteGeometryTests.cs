using ConflictWatch.Analysis.Watchlist;
using ConflictWatch.Store;

namespace ConflictWatch.Analysis.Tests.Watchlist;

/// <summary>The shortcuts alerts take (boxes, cells) never lose a point the exact tests would accept: checked against brute force.</summary>
public sealed class SiteGeometryTests
{
    private static List<WatchSite> RandomSites(Random rng, int count, double latSpan)
    {
        var sites = new List<WatchSite>();
        for (var i = 0; i < count; i++)
        {
            var lat = (rng.NextDouble() * 2 - 1) * latSpan;
            var lon = rng.NextDouble() * 40 - 20;
            GeoPoint[]? line = i % 3 == 0 ? [new(lat, lon), new(lat + rng.NextDouble() - 0.5, lon + rng.NextDouble() - 0.5), new(lat + rng.NextDouble() - 0.5, lon + rng.NextDouble())] : null;
            sites.Add(new WatchSite { Id = i + 1, Name = $"S{i}", Kind = line is null ? "town" : "road", Latitude = lat, Longitude = lon, Line = line, RadiusKm = 5 + rng.NextDouble() * 100 });
        }
        return sites;
    }

    [Theory]
    [InlineData(20)]
    [InlineData(80)]
    public void The_reach_box_holds_every_point_the_range_tests_accept(double latSpan)
    {
        var rng = new Random(7);
        foreach (var site in RandomSites(rng, 200, latSpan))
        {
            var km = site.RadiusKm * 3;
            var box = SiteGeometry.ReachBox(site, km);
            for (var i = 0; i < 2000; i++)
            {
                // Points around the site, many of them just inside or outside its range.
                var (lat, lon) = ConflictWatch.Core.Geo.Destination(site.Latitude, site.Longitude, rng.NextDouble() * 360, km * rng.NextDouble() * 2.5);
                if (SiteGeometry.MaybeWithin(site, lat, lon, km) && SiteGeometry.DistanceKm(site, lat, lon) <= km)
                {
                    Assert.True(box is null || box.Value.Contains(lat, lon), $"{site.Name} at {lat},{lon}");
                }
            }
        }
    }

    [Fact]
    public void The_site_index_finds_the_same_sites_as_testing_all_of_them()
    {
        var rng = new Random(11);
        var sites = RandomSites(rng, 300, 20);
        foreach (var factor in new[] { 1.0, 3.0 })
        {
            var index = new SiteIndex(sites, factor);
            for (var i = 0; i < 5000; i++)
            {
                var lat = rng.NextDouble() * 44 - 22;
                var lon = rng.NextDouble() * 44 - 22;
                var all = sites.Where(s => SiteGeometry.DistanceKm(s, lat, lon) <= s.RadiusKm * factor).Select(s => s.Id);
                var found = index.Near(lat, lon).Where(s => SiteGeometry.DistanceKm(s, lat, lon) <= s.RadiusKm * factor).Select(s => s.Id);
                Assert.Equal(all.Order(), found.Order());
            }
        }
    }
}
