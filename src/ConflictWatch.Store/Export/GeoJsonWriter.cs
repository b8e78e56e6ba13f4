using System.Text.Json;
using ConflictWatch.Core;

namespace ConflictWatch.Store.Export;

/// <summary>Events as a GeoJSON FeatureCollection of points (lon, lat), streamed; properties are the event's spec fields.</summary>
public static class GeoJsonWriter
{
    public static int Write(Stream output, IEnumerable<ConflictEvent> events)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = Json.Options.Encoder });
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteStartArray("features");
        var n = 0;
        foreach (var e in events)
        {
            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WriteString("id", e.EventId);
            w.WriteStartObject("geometry");
            w.WriteString("type", "Point");
            w.WriteStartArray("coordinates");
            w.WriteNumberValue(e.Longitude);
            w.WriteNumberValue(e.Latitude);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WritePropertyName("properties");
            JsonSerializer.Serialize(w, e, Json.Options);
            w.WriteEndObject();
            n++;
            if (n % 1000 == 0)
            {
                w.Flush();
            }
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        return n;
    }
}
