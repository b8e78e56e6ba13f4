using System.Text.Json;
using ConflictWatch.Core;

namespace ConflictWatch.Store.Export;

/// <summary>Events as JSON Lines in the spec/events.md format, one object per line.</summary>
public static class JsonlWriter
{
    public static int Write(TextWriter output, IEnumerable<ConflictEvent> events)
    {
        var n = 0;
        foreach (var e in events)
        {
            output.Write(JsonSerializer.Serialize(e, Json.Options));
            output.Write('\n');
            n++;
        }
        output.Flush();
        return n;
    }
}
