using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConflictWatch.Core;

/// <summary>
/// The one JSON configuration for records on the wire (JSONL output, exports, the future API):
/// ACLED field names, dates as YYYY-MM-DD, nulls written so every line has every column.
/// </summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = false,
    };
}
