using System.Globalization;
using ConflictWatch.Core;

namespace ConflictWatch.Store.Import;

/// <summary>
/// Reads UCDP GED CSV. UCDP's three estimates are kept: low (the lowest credible figure, ACLED's rule)
/// in fatalities, high in fatalities_high, and best in the notes. Violence types map to ACLED ones:
/// state-based and non-state conflict to Battles, one-sided violence to Violence against civilians.
/// </summary>
public static class UcdpCsvReader
{
    private static readonly string[] Required = ["id", "type_of_violence", "side_a", "country", "latitude", "longitude", "date_start", "best"];

    public static IEnumerable<ImportRow> Read(TextReader text, string origin)
    {
        var (csv, cols) = CsvColumns.Open(text, origin);
        using var _ = csv;
        var missing = Required.Where(c => !cols.Has(c)).ToList();
        if (missing.Count > 0)
        {
            throw new ConflictWatchException($"{origin}: not a UCDP GED file, missing column(s) {string.Join(", ", missing)}");
        }
        while (csv.Read())
        {
            var line = csv.Line;
            ImportRow row;
            try
            {
                row = new ImportRow(line, ReadRow(cols), null);
            }
            catch (RowException e)
            {
                row = new ImportRow(line, null, $"{origin}:{line}: {e.Message}");
            }
            yield return row;
        }
    }

    private static ConflictEvent ReadRow(CsvColumns c)
    {
        var id = c.Required("id");
        var dateText = c.Required("date_start");
        if (!AcledDates.TryParse(dateText, out var date))
        {
            throw new RowException($"date_start \"{dateText}\" is not a date");
        }
        var violence = c.Int("type_of_violence") ?? throw new RowException("type_of_violence is empty");
        var country = c.Required("country");
        var sideA = c.Required("side_a");
        var sideB = c.Text("side_b");
        var best = c.Int("best") ?? 0;
        var low = c.Int("low") ?? best;
        var high = c.Int("high") ?? best;
        var oneSided = violence == 3;
        var place = c.Text("where_coordinates") ?? c.Text("adm_2") ?? c.Text("adm_1") ?? country;
        var eventType = oneSided ? EventTypes.ViolenceAgainstCivilians : EventTypes.Battles;
        return new ConflictEvent
        {
            EventId = $"UCDP-{id}",
            EventDate = date,
            TimePrecision = (c.Int("date_prec") ?? 1) switch { <= 1 => 1, <= 3 => 2, _ => 3 },
            DisorderType = EventTypes.DisorderOf(eventType),
            EventType = eventType,
            SubEventType = oneSided ? "Attack" : "Armed clash",
            Actor1 = sideA,
            Inter1 = sideA.StartsWith("Government of", StringComparison.OrdinalIgnoreCase) ? 1 : 2,
            Actor2 = oneSided ? $"Civilians ({country})" : sideB,
            Inter2 = oneSided ? 7 : sideB is null ? null : sideB.StartsWith("Government of", StringComparison.OrdinalIgnoreCase) ? 1 : 2,
            CivilianTargeting = oneSided ? "Civilian targeting" : null,
            Country = country,
            Iso = CountryCodes.Of(country),
            Admin1 = StripSuffix(c.Text("adm_1")),
            Admin2 = StripSuffix(c.Text("adm_2")),
            Location = place,
            Latitude = c.Real("latitude") ?? throw new RowException("latitude is empty"),
            Longitude = c.Real("longitude") ?? throw new RowException("longitude is empty"),
            GeoPrecision = (c.Int("where_prec") ?? 1) switch { <= 1 => 1, <= 3 => 2, _ => 3 },
            Fatalities = low,
            FatalitiesHigh = high > low ? high : null,
            Source = c.Text("source_office") ?? "UCDP GED",
            Notes = $"{c.Text("where_description") ?? place}: {c.Text("dyad_name") ?? sideA}. UCDP estimates: best {best}, low {low}, high {high}.",
            Confidence = 1.0,
        };
    }

    /// <summary>UCDP writes "Mopti region" and "Djenné cercle"; ACLED and our gazetteer use the bare name.</summary>
    private static string? StripSuffix(string? name)
    {
        if (name is null)
        {
            return null;
        }
        foreach (var suffix in (string[])[" region", " province", " cercle", " department", " state", " commune"])
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return name[..^suffix.Length];
            }
        }
        return name;
    }
}
