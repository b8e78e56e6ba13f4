using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using ConflictWatch.Core;
using ConflictWatch.Extraction;

namespace ConflictWatch.Extraction.Tests.Golden;

/// <summary>One hand-coded golden record: a short dispatch with the events and claims it must yield.</summary>
public sealed record GoldCase(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("published")] DateOnly Published,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("events")] IReadOnlyList<GoldEvent> Events,
    [property: JsonPropertyName("claims")] IReadOnlyList<GoldClaim> Claims,
    [property: JsonPropertyName("note")] string? Note)
{
    /// <summary>The dispatch to feed the pipeline (HTML when the text is an HTML page).</summary>
    public Dispatch ToDispatch()
    {
        var head = Text.TrimStart();
        var html = head.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
        return new Dispatch(Id, Text, Published, Format: html ? DispatchFormat.Html : DispatchFormat.Text);
    }
}

/// <summary>A gold event. List fields hold the accepted answers, the first being the canonical one.</summary>
public sealed record GoldEvent(
    [property: JsonPropertyName("event_date")] DateOnly EventDate,
    [property: JsonPropertyName("time_precision")] int TimePrecision,
    [property: JsonPropertyName("event_type")] IReadOnlyList<string> EventType,
    [property: JsonPropertyName("sub_event_type")] IReadOnlyList<string> SubEventType,
    [property: JsonPropertyName("actor1")] IReadOnlyList<string> Actor1,
    [property: JsonPropertyName("actor2")] IReadOnlyList<string>? Actor2,
    [property: JsonPropertyName("country")] string Country,
    [property: JsonPropertyName("admin1")] string? Admin1,
    [property: JsonPropertyName("location")] string Location,
    [property: JsonPropertyName("latitude")] double Latitude,
    [property: JsonPropertyName("longitude")] double Longitude,
    [property: JsonPropertyName("geo_precision")] int GeoPrecision,
    [property: JsonPropertyName("fatalities")] int Fatalities,
    [property: JsonPropertyName("fatalities_high")] int? FatalitiesHigh,
    [property: JsonPropertyName("kidnapped")] int? Kidnapped,
    [property: JsonPropertyName("optional")] bool Optional);

/// <summary>A gold claim (aggregate figure).</summary>
public sealed record GoldClaim(
    [property: JsonPropertyName("quantity")] double Quantity,
    [property: JsonPropertyName("qualifier")] string? Qualifier,
    [property: JsonPropertyName("unit")] IReadOnlyList<string> Unit,
    [property: JsonPropertyName("period_start")] DateOnly PeriodStart,
    [property: JsonPropertyName("period_end")] DateOnly PeriodEnd,
    [property: JsonPropertyName("area")] string? Area,
    [property: JsonPropertyName("optional")] bool Optional);

/// <summary>What went wrong on one case: unmatched gold (misses), unmatched predictions (false alarms) and wrong fields of matched pairs.</summary>
public sealed record CaseReport(string Id, IReadOnlyList<string> Misses, IReadOnlyList<string> FalseAlarms, IReadOnlyList<string> FieldErrors)
{
    public bool Clean => Misses.Count == 0 && FalseAlarms.Count == 0 && FieldErrors.Count == 0;
}

/// <summary>Pooled scores over a set of cases, as score.py reports them.</summary>
public sealed record ScoreReport(
    int GoldEvents,
    int TruePositives,
    int FalsePositives,
    int FalseNegatives,
    double Precision,
    double Recall,
    double F1,
    double EventTypeAccuracy,
    double SubEventTypeAccuracy,
    double Actor1Accuracy,
    double FatalitiesAccuracy,
    double DateExact,
    int GoldClaims,
    int ClaimsTruePositives,
    int ClaimsFalsePositives,
    int ClaimsFalseNegatives,
    double ClaimsPrecision,
    double ClaimsRecall,
    double ClaimsF1,
    IReadOnlyList<CaseReport> Cases)
{
    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"events: gold={GoldEvents} tp={TruePositives} fp={FalsePositives} fn={FalseNegatives} P={Precision:0.000} R={Recall:0.000} F1={F1:0.000} " +
        $"type={EventTypeAccuracy:0.000} sub={SubEventTypeAccuracy:0.000} actor1={Actor1Accuracy:0.000} fatalities={FatalitiesAccuracy:0.000} date_exact={DateExact:0.000} | " +
        $"claims: gold={GoldClaims} tp={ClaimsTruePositives} fp={ClaimsFalsePositives} fn={ClaimsFalseNegatives} F1={ClaimsF1:0.000}");
}

/// <summary>
/// Scores extraction results against golden records the way ../shared/eval/score.py does: an extracted
/// event matches a gold event of the same case when the dates agree within the gold time precision's
/// window, the countries agree and the point lies within the gold geo precision's radius; pairs are
/// taken greedily, best first (same event type, then distance, then date gap). Optional gold events
/// count neither as misses nor, when matched, as false alarms. Claims match on equal quantity and
/// period start/end within 3 days. Actor names are compared case- and punctuation-insensitively
/// against the accepted list (score.py also applies an alias file; the golden lists carry the aliases
/// that matter).
/// </summary>
public static partial class GoldenScorer
{
    public static readonly IReadOnlyDictionary<int, int> DateWindowDays = new Dictionary<int, int> { [1] = 2, [2] = 8, [3] = 31, [4] = 366 };
    public static readonly IReadOnlyDictionary<int, double> RadiusKm = new Dictionary<int, double> { [1] = 50.0, [2] = 150.0, [3] = 500.0 };

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = false };

    /// <summary>Reads a golden JSON Lines file (blank lines skipped).</summary>
    public static IReadOnlyList<GoldCase> Load(string path)
    {
        var cases = new List<GoldCase>();
        var n = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            n++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            try
            {
                cases.Add(JsonSerializer.Deserialize<GoldCase>(line, JsonOptions) ?? throw new JsonException("null"));
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}:{n}: {e.Message}", e);
            }
        }
        return cases;
    }

    /// <summary>The golden files shipped next to the test assembly.</summary>
    public static IReadOnlyList<GoldCase> LoadShipped(params string[] names)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Golden");
        return names.SelectMany(n => Load(Path.Combine(dir, n))).ToList();
    }

    public static ScoreReport Score(IEnumerable<(GoldCase Case, ExtractionResult Result)> results) =>
        Score(results.Select(r => (r.Case, r.Result.Events, r.Result.Claims)));

    public static ScoreReport Score(IEnumerable<(GoldCase Case, IReadOnlyList<ConflictEvent> Events, IReadOnlyList<Claim> Claims)> results)
    {
        int tp = 0, fp = 0, fn = 0, nType = 0, nSub = 0, nA1 = 0, nFat = 0, nDate = 0, goldEvents = 0;
        int ctp = 0, cfp = 0, cfn = 0, goldClaims = 0;
        var reports = new List<CaseReport>();
        foreach (var (gc, preds, claims) in results)
        {
            var misses = new List<string>();
            var falses = new List<string>();
            var fields = new List<string>();
            goldEvents += gc.Events.Count(g => !g.Optional);
            goldClaims += gc.Claims.Count(g => !g.Optional);

            var pairs = MatchEvents(gc.Events, preds);
            var matchedGold = pairs.Select(p => p.Gold).ToHashSet();
            var matchedPred = pairs.Select(p => p.Pred).ToHashSet();
            foreach (var (gi, pi) in pairs)
            {
                var g = gc.Events[gi];
                var p = preds[pi];
                if (g.Optional)
                {
                    continue;
                }
                tp++;
                var okType = InList(p.EventType, g.EventType);
                var okSub = InList(p.SubEventType, g.SubEventType);
                var okA1 = InList(p.Actor1, g.Actor1);
                var okFat = FatalitiesOk(g, p.Fatalities);
                nType += okType ? 1 : 0;
                nSub += okSub ? 1 : 0;
                nA1 += okA1 ? 1 : 0;
                nFat += okFat ? 1 : 0;
                nDate += p.EventDate == g.EventDate ? 1 : 0;
                if (!okType || !okSub)
                {
                    fields.Add($"TYPE  {g.Location}: got {p.EventType} / {p.SubEventType}, want {g.EventType[0]} / {g.SubEventType[0]}");
                }
                if (!okA1)
                {
                    fields.Add($"ACTOR {g.Location}: got {p.Actor1}, want {g.Actor1[0]}");
                }
                if (!okFat)
                {
                    fields.Add($"FATAL {g.Location}: got {p.Fatalities}, want {g.Fatalities}..{g.FatalitiesHigh ?? g.Fatalities}");
                }
            }
            for (var gi = 0; gi < gc.Events.Count; gi++)
            {
                var g = gc.Events[gi];
                if (!matchedGold.Contains(gi) && !g.Optional)
                {
                    fn++;
                    misses.Add($"MISS  {g.EventDate:yyyy-MM-dd} {g.EventType[0]} / {g.SubEventType[0]} {g.Actor1[0]} @ {g.Location} ({g.Country}) fat={g.Fatalities}");
                }
            }
            for (var pi = 0; pi < preds.Count; pi++)
            {
                if (!matchedPred.Contains(pi))
                {
                    fp++;
                    var p = preds[pi];
                    falses.Add($"FALSE {p.EventDate:yyyy-MM-dd} {p.EventType} / {p.SubEventType} {p.Actor1} @ {p.Location} ({p.Country} {p.Latitude:0.###},{p.Longitude:0.###}) fat={p.Fatalities}");
                }
            }

            var used = new HashSet<int>();
            foreach (var g in gc.Claims)
            {
                var hit = -1;
                for (var i = 0; i < claims.Count; i++)
                {
                    if (!used.Contains(i) && ClaimMatches(g, claims[i]))
                    {
                        hit = i;
                        break;
                    }
                }
                if (hit < 0)
                {
                    if (!g.Optional)
                    {
                        cfn++;
                        misses.Add($"MISS  claim {g.Quantity.ToString(CultureInfo.InvariantCulture)} {g.Unit.FirstOrDefault()} {g.PeriodStart:yyyy-MM-dd}..{g.PeriodEnd:yyyy-MM-dd}");
                    }
                }
                else
                {
                    used.Add(hit);
                    ctp += g.Optional ? 0 : 1;
                }
            }
            for (var i = 0; i < claims.Count; i++)
            {
                if (!used.Contains(i))
                {
                    cfp++;
                    var c = claims[i];
                    falses.Add($"FALSE claim {c.Quantity.ToString(CultureInfo.InvariantCulture)} {c.Unit} {c.PeriodStart:yyyy-MM-dd}..{c.PeriodEnd:yyyy-MM-dd}");
                }
            }
            reports.Add(new CaseReport(gc.Id, misses, falses, fields));
        }

        var (p1, r1, f1) = Prf(tp, fp, fn);
        var (cp, cr, cf) = Prf(ctp, cfp, cfn);
        double Acc(int n) => tp == 0 ? 0.0 : (double)n / tp;
        return new ScoreReport(goldEvents, tp, fp, fn, p1, r1, f1, Acc(nType), Acc(nSub), Acc(nA1), Acc(nFat), Acc(nDate),
            goldClaims, ctp, cfp, cfn, cp, cr, cf, reports);
    }

    /// <summary>Greedy one-to-one matching inside one case, best pairs first (score.py's match_events).</summary>
    public static IReadOnlyList<(int Gold, int Pred)> MatchEvents(IReadOnlyList<GoldEvent> gold, IReadOnlyList<ConflictEvent> pred)
    {
        var cands = new List<(int TypeRank, double Km, int Days, int Gi, int Pi)>();
        for (var gi = 0; gi < gold.Count; gi++)
        {
            for (var pi = 0; pi < pred.Count; pi++)
            {
                var (okDate, days) = DateOk(gold[gi], pred[pi].EventDate);
                if (!okDate || !PlaceOk(gold[gi], pred[pi], out var km))
                {
                    continue;
                }
                var sameType = InList(pred[pi].EventType, gold[gi].EventType);
                cands.Add((sameType ? 0 : 1, km, days, gi, pi));
            }
        }
        cands.Sort();
        var usedG = new HashSet<int>();
        var usedP = new HashSet<int>();
        var pairs = new List<(int, int)>();
        foreach (var c in cands)
        {
            if (usedG.Contains(c.Gi) || usedP.Contains(c.Pi))
            {
                continue;
            }
            usedG.Add(c.Gi);
            usedP.Add(c.Pi);
            pairs.Add((c.Gi, c.Pi));
        }
        return pairs;
    }

    public static (bool Ok, int Days) DateOk(GoldEvent g, DateOnly predicted)
    {
        var diff = Math.Abs(g.EventDate.DayNumber - predicted.DayNumber);
        return g.TimePrecision switch
        {
            4 => (g.EventDate.Year == predicted.Year, diff),
            3 => ((g.EventDate.Year == predicted.Year && g.EventDate.Month == predicted.Month) || diff <= 3, diff),
            _ => (diff <= DateWindowDays.GetValueOrDefault(g.TimePrecision, 2), diff),
        };
    }

    public static bool PlaceOk(GoldEvent g, ConflictEvent p, out double km)
    {
        km = double.NaN;
        var gc = NormName(g.Country);
        var pc = NormName(p.Country);
        if (gc.Length > 0 && pc.Length > 0 && gc != pc)
        {
            return false;
        }
        km = Geo.DistanceKm(g.Latitude, g.Longitude, p.Latitude, p.Longitude);
        return km <= RadiusKm.GetValueOrDefault(g.GeoPrecision, 50.0);
    }

    public static bool FatalitiesOk(GoldEvent g, int predicted) =>
        g.Fatalities <= predicted && predicted <= (g.FatalitiesHigh ?? g.Fatalities);

    public static bool ClaimMatches(GoldClaim g, Claim p) =>
        p.Quantity.Equals(g.Quantity)
        && Math.Abs(g.PeriodStart.DayNumber - p.PeriodStart.DayNumber) <= 3
        && Math.Abs(g.PeriodEnd.DayNumber - p.PeriodEnd.DayNumber) <= 3;

    /// <summary>An empty accepted list means the answer must be empty (actor2 null for a peaceful protest).</summary>
    public static bool InList(string? value, IReadOnlyList<string>? accepted)
    {
        if (accepted is null || accepted.Count == 0)
        {
            return string.IsNullOrEmpty(value);
        }
        var v = NormName(value);
        return v.Length > 0 && accepted.Any(a => NormName(a) == v);
    }

    /// <summary>score.py's norm_name: lower case, ACLED year ranges and "the/of/in" dropped, punctuation to spaces.</summary>
    public static string NormName(string? s)
    {
        s = (s ?? "").ToLowerInvariant();
        s = YearRange().Replace(s, " ");
        s = s.Replace("&", " and ", StringComparison.Ordinal);
        s = NonAlnum().Replace(s, " ");
        s = StopWords().Replace(s, " ");
        return string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static (double P, double R, double F) Prf(int tp, int fp, int fn)
    {
        var p = tp + fp > 0 ? (double)tp / (tp + fp) : 0.0;
        var r = tp + fn > 0 ? (double)tp / (tp + fn) : 0.0;
        var f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return (p, r, f);
    }

    [GeneratedRegex(@"\((\d{4})?\s*-\s*(\d{4})?\)")]
    private static partial Regex YearRange();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlnum();

    [GeneratedRegex(@"\b(the|of|in)\b")]
    private static partial Regex StopWords();
}
