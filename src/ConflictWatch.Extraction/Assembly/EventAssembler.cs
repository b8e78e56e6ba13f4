using System.Security.Cryptography;
using System.Text;
using ConflictWatch.Core;
using ConflictWatch.Extraction.Claims;
using ConflictWatch.Extraction.Events;

namespace ConflictWatch.Extraction.Assembly;

/// <summary>
/// Turns drafts into spec/events.md records: names fixed for the date and country, one event
/// per actor pair, place and day (duplicates inside a dispatch merged), evidence offsets,
/// stable ids, notes and a confidence from how much the text stated outright.
/// </summary>
public static class EventAssembler
{
    public static IReadOnlyList<ConflictEvent> Assemble(Dispatch dispatch, IReadOnlyList<EventDraft> drafts)
    {
        var events = new List<ConflictEvent>();
        foreach (var d in drafts)
        {
            var e = Build(dispatch, d);
            var twin = events.FindIndex(x => x.EventDate == e.EventDate && x.Actor1 == e.Actor1 && x.Actor2 == e.Actor2 && x.Location == e.Location);
            if (twin >= 0)
            {
                var x = events[twin];
                events[twin] = x with
                {
                    Fatalities = Math.Max(x.Fatalities, e.Fatalities),
                    FatalitiesHigh = Max(x.FatalitiesHigh, e.FatalitiesHigh),
                    Kidnapped = Max(x.Kidnapped, e.Kidnapped),
                };
                continue;
            }
            events.Add(e);
        }
        return events.Select(e => e with { Notes = NotesWriter.Write(e) }).ToList();
    }

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static ConflictEvent Build(Dispatch dispatch, EventDraft d)
    {
        var loc = d.Location;
        var actor1 = d.Kind.Actor1.Name(d.Date, loc.Country);
        var actor2 = d.Kind.Actor2?.Name(d.Date, loc.Country);
        if (actor2 == actor1)
        {
            actor2 = null;
        }
        var (fat, high) = d.Casualties.Fatalities(d.Kind.SubEventType == "Suicide bomb");
        string? Assoc(IReadOnlyList<Party> parties, string? main)
        {
            if (parties.Count == 0)
            {
                return null;
            }
            var names = parties.Select(p => p.Name(d.Date, loc.Country)).Where(n => n != main && n != actor1 && n != actor2).Distinct().ToList();
            return names.Count == 0 ? null : string.Join("; ", names);
        }
        if (d.Kind.EventType == EventTypes.StrategicDevelopments && d.Kind.SubEventType != "Looting/property destruction")
        {
            (fat, high) = (0, null);
        }
        var id = $"{loc.Country.Iso2}-{d.Date:yyyyMMdd}-{Hash($"{dispatch.Id}|{d.Sentence.Start}|{loc.Location}|{actor1}|{d.Kind.SubEventType}")}";
        var confidence = 0.45
            + (d.ExplicitDate ? 0.1 : 0.05)
            + (loc.GeoPrecision == 1 ? 0.15 : loc.GeoPrecision == 2 ? 0.1 : 0)
            + (d.Kind.Actor1.Actor is not null ? 0.15 : 0.05)
            + (d.Casualties.Any ? 0.05 : 0);
        return new ConflictEvent
        {
            EventId = id,
            DispatchId = dispatch.Id,
            EventDate = d.Date,
            TimePrecision = d.TimePrecision,
            DisorderType = EventTypes.DisorderOf(d.Kind.EventType),
            EventType = d.Kind.EventType,
            SubEventType = d.Kind.SubEventType,
            Actor1 = actor1,
            AssocActor1 = Assoc(d.Assoc1, actor1),
            Inter1 = d.Kind.Actor1.Inter,
            Actor2 = actor2,
            AssocActor2 = actor2 is null ? null : Assoc(d.Assoc2, actor2),
            Inter2 = actor2 is null ? null : d.Kind.Actor2!.Inter,
            CivilianTargeting = d.Kind.CivilianTargeting ? "Civilian targeting" : null,
            Country = loc.Country.Name,
            Iso = loc.Country.IsoNumeric,
            Admin1 = loc.Admin1,
            Admin2 = loc.Admin2,
            Location = loc.Location,
            Latitude = Math.Round(loc.Latitude, 4),
            Longitude = Math.Round(loc.Longitude, 4),
            GeoPrecision = loc.GeoPrecision,
            Fatalities = fat,
            FatalitiesHigh = high,
            Kidnapped = d.Casualties.Kidnapped,
            Source = dispatch.Source ?? "",
            SourceUrl = dispatch.Url,
            Evidence = new Evidence(d.Sentence.Text, d.Sentence.Start, d.Sentence.End),
            Confidence = Math.Round(Math.Min(0.95, confidence), 2),
        };
    }

    public static IReadOnlyList<Claim> AssembleClaims(Dispatch dispatch, IReadOnlyList<ClaimDraft> drafts, string area)
    {
        return drafts.Select((c, i) => new Claim
        {
            ClaimId = $"{dispatch.Id}-c{i + 1}",
            DispatchId = dispatch.Id,
            Quantity = c.Quantity,
            Qualifier = c.Qualifier,
            Unit = c.Unit,
            PeriodStart = c.PeriodStart,
            PeriodEnd = c.PeriodEnd,
            Area = c.Area ?? area,
            Actor = c.Actor,
            AttributedTo = c.AttributedTo,
            Evidence = new Evidence(c.SentenceText, c.SentenceStart, c.SentenceEnd),
        }).ToList();
    }

    /// <summary>The first 8 hex digits of the text's SHA-256: the first four bytes, hashed and written without a heap copy.</summary>
    private static string Hash(string s)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        var bytes = Encoding.UTF8.GetByteCount(s) <= 1024 ? stackalloc byte[1024] : new byte[Encoding.UTF8.GetByteCount(s)];
        var length = Encoding.UTF8.GetBytes(s, bytes);
        SHA256.HashData(bytes[..length], digest);
        return Convert.ToHexStringLower(digest[..4]);
    }
}
