using System.Globalization;
using System.Text;

namespace ConflictWatch.Store.Sqlite;

/// <summary>
/// The half-degree grid of the <c>events.cell</c> column (migration 004): which cells a circle's
/// bounding box touches, so a radius query looks up those cells in a covering index and decides the
/// exact distance on the index entries. One cell of margin on every side absorbs any rounding
/// difference between this arithmetic and SQLite's.
/// </summary>
internal static class GridCells
{
    public const double CellDegrees = 0.5;
    private const int Columns = 720; // 360 / 0.5
    private const int MaxRow = 360;  // 180 / 0.5

    /// <summary>More cells than this and a plain scan is as good; the caller then leaves the cell filter out.</summary>
    public const int MaxCells = 4000;

    public static int Row(double latitude) => (int)((latitude + 90.0) * 2);

    public static int Column(double longitude) => (int)((longitude + 180.0) * 2);

    /// <summary>
    /// The cell numbers covering latitude ±<paramref name="dLat"/> and longitude ±<paramref name="dLon"/>
    /// around the point (wrapping at the antimeridian; every column near a pole), as a SQL list
    /// "(1,2,3)", or null when there would be more than <see cref="MaxCells"/>.
    /// </summary>
    public static string? Covering(double latitude, double longitude, double dLat, double dLon)
    {
        var row0 = Math.Max(0, Row(Math.Max(-90, latitude - dLat)) - 1);
        var row1 = Math.Min(MaxRow, Row(Math.Min(90, latitude + dLat)) + 1);
        var allColumns = dLon >= 179 || Math.Abs(latitude) + dLat >= 89;
        var col0 = allColumns ? 0 : Column(longitude - dLon) - 1; // may be below 0 or above 719: wrapped below
        var col1 = allColumns ? Columns : Column(longitude + dLon) + 1; // 720 holds longitude exactly 180
        if (!allColumns && col1 - col0 >= Columns)
        {
            (col0, col1) = (0, Columns);
        }
        if ((long)(row1 - row0 + 1) * (col1 - col0 + 1) > MaxCells)
        {
            return null;
        }
        var sb = new StringBuilder("(");
        for (var r = row0; r <= row1; r++)
        {
            for (var c = col0; c <= col1; c++)
            {
                var col = c < 0 ? c + Columns : c > Columns ? c - Columns : c;
                if (sb.Length > 1)
                {
                    sb.Append(',');
                }
                sb.Append((r * 1000 + col).ToString(CultureInfo.InvariantCulture));
                if (c == 0 && !allColumns && col0 < 0)
                {
                    sb.Append(',').Append((r * 1000 + Columns).ToString(CultureInfo.InvariantCulture)); // longitude 180 = -180
                }
            }
        }
        return sb.Append(')').ToString();
    }
}
