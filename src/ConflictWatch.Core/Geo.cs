namespace ConflictWatch.Core;

/// <summary>Great-circle helpers shared by place resolution, dedup, alerts and analysis.</summary>
public static class Geo
{
    private const double EarthRadiusKm = 6371.0;

    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        var p1 = Rad(lat1);
        var p2 = Rad(lat2);
        var dp = p2 - p1;
        var dl = Rad(lon2 - lon1);
        var a = Math.Sin(dp / 2) * Math.Sin(dp / 2) + Math.Cos(p1) * Math.Cos(p2) * Math.Sin(dl / 2) * Math.Sin(dl / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Sqrt(Math.Min(1.0, a)));
    }

    /// <summary>Initial bearing in degrees (0 = north, clockwise) from the first point to the second.</summary>
    public static double BearingDegrees(double lat1, double lon1, double lat2, double lon2)
    {
        var p1 = Rad(lat1);
        var p2 = Rad(lat2);
        var dl = Rad(lon2 - lon1);
        var y = Math.Sin(dl) * Math.Cos(p2);
        var x = Math.Cos(p1) * Math.Sin(p2) - Math.Sin(p1) * Math.Cos(p2) * Math.Cos(dl);
        return (Deg(Math.Atan2(y, x)) + 360) % 360;
    }

    /// <summary>The point reached by travelling <paramref name="km"/> along a bearing ("75 km north of Menaka").</summary>
    public static (double Latitude, double Longitude) Destination(double lat, double lon, double bearingDegrees, double km)
    {
        var d = km / EarthRadiusKm;
        var b = Rad(bearingDegrees);
        var p1 = Rad(lat);
        var l1 = Rad(lon);
        var p2 = Math.Asin(Math.Sin(p1) * Math.Cos(d) + Math.Cos(p1) * Math.Sin(d) * Math.Cos(b));
        var l2 = l1 + Math.Atan2(Math.Sin(b) * Math.Sin(d) * Math.Cos(p1), Math.Cos(d) - Math.Sin(p1) * Math.Sin(p2));
        return (Deg(p2), (Deg(l2) + 540) % 360 - 180);
    }

    /// <summary>Compass point (N, NNE, ...) of a bearing, for alert messages.</summary>
    public static string CompassPoint(double bearingDegrees)
    {
        string[] points = ["N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"];
        return points[(int)Math.Round(((bearingDegrees % 360) + 360) % 360 / 22.5) % 16];
    }

    private static double Rad(double d) => d * Math.PI / 180.0;
    private static double Deg(double r) => r * 180.0 / Math.PI;
}
