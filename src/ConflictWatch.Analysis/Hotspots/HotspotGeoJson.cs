using System.Text.Json;

namespace ConflictWatch.Analysis.Hotspots;

/// <summary>Hotspots as a GeoJSON FeatureCollection of cell polygons (lon, lat order, as GeoJSON wants).</summary>
public static class HotspotGeoJson
{
    public static void Write(Stream output, IReadOnlyList<Hotspot> hotspots, DateOnly from, DateOnly to)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteString("period_start", from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteString("period_end", to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteStartArray("features");
        foreach (var h in hotspots)
        {
            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WriteStartObject("geometry");
            w.WriteString("type", "Polygon");
            w.WriteStartArray("coordinates");
            w.WriteStartArray();
            foreach (var (lon, lat) in new[] { (h.West, h.South), (h.West + h.CellDegrees, h.South), (h.West + h.CellDegrees, h.South + h.CellDegrees), (h.West, h.South + h.CellDegrees), (h.West, h.South) })
            {
                w.WriteStartArray();
                w.WriteNumberValue(Math.Round(lon, 6));
                w.WriteNumberValue(Math.Round(lat, 6));
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteNumber("events", h.Events);
            w.WriteNumber("fatalities", h.Fatalities);
            w.WriteNumber("previous_events", h.PreviousEvents);
            w.WriteNumber("previous_fatalities", h.PreviousFatalities);
            if (h.ChangePct is { } c) w.WriteNumber("change_pct", c); else w.WriteNull("change_pct");
            w.WriteString("place", h.Place);
            w.WriteString("admin1", h.Admin1);
            w.WriteString("country", h.Country);
            w.WriteString("actors", string.Join("; ", h.TopActors));
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
