using ConflictWatch.Core;
using ConflictWatch.Extraction.Assembly;
using ConflictWatch.Extraction.Claims;
using ConflictWatch.Extraction.Events;
using ConflictWatch.Extraction.Normalisation;
using ConflictWatch.Extraction.Places;
using ConflictWatch.Extraction.Segmentation;

namespace ConflictWatch.Extraction;

/// <summary>
/// The extraction facade: dispatch in, events and claims out. Stages are wired here and nowhere
/// else, so the CLI, the store's ingest and a future API all extract the same way.
/// Thread-safe: one instance serves every worker (stages hold only immutable state).
/// </summary>
public sealed class EventPipeline
{
    private readonly INormaliser normaliser = new TextNormaliser();
    private readonly ISegmenter segmenter = new Segmenter();
    private readonly IEventDetector detector;
    private readonly IClaimExtractor claims = new ClaimExtractor();
    private readonly TimeProvider time;

    public EventPipeline(IGazetteer gazetteer, TimeProvider? time = null)
    {
        Gazetteer = gazetteer;
        detector = new EventDetector(gazetteer);
        this.time = time ?? TimeProvider.System;
    }

    public IGazetteer Gazetteer { get; }

    /// <summary>A bullet of the undated lead part of a report: its figures are the report's key figures.</summary>
    private static bool IsBullet(string text, int start)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var prefix = text.AsSpan(lineStart, start - lineStart).Trim();
        return prefix is "-" or "•" or "*" or "–" || (prefix.Length == 0 && start < text.Length && text[start] is '-' or '•');
    }

    /// <summary>Extracts one dispatch. <paramref name="defaultPublished"/> applies when neither the dispatch nor its text gives a date.</summary>
    /// <exception cref="BadInputException">when the dispatch holds no text to extract.</exception>
    public ExtractionResult Extract(Dispatch dispatch, DateOnly? defaultPublished = null)
    {
        var doc = normaliser.Normalise(dispatch);
        var fallback = defaultPublished ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var published = doc.Published ?? TextNormaliser.WireDay(doc.Text, fallback) ?? fallback;
        var segmented = segmenter.Segment(doc.Text, published);
        var context = new DocumentContext(doc.Text, doc.Title);
        var claimDrafts = new List<ClaimDraft>();
        var aggregates = new HashSet<int>();
        var area = context.MainCountry is { } iso && Countries.ByIso2(iso) is { } c ? c.Name : "";
        foreach (var entry in segmented.Entries)
        {
            var reference = entry.Date ?? published;
            Sentence? before = null;
            foreach (var s in entry.Sentences)
            {
                var previousSentence = before;
                before = s;
                var found = claims.Extract(s.Text, s.Start, reference, doc.ReportingPeriod, entry.Date is null && IsBullet(doc.Text, s.Start));
                if (found.Count > 0)
                {
                    // "There were 532 kidnappings in 2022" counts the countries the sentence before named
                    var claimArea = ClaimArea.Of(s.Text, previousSentence?.Text, area);
                    claimDrafts.AddRange(found.Select(f => f with { Area = claimArea }));
                    aggregates.Add(s.Start);
                }
            }
        }
        var drafts = detector.Detect(segmented, published, context, aggregates);
        var events = EventAssembler.Assemble(dispatch, drafts);
        return new ExtractionResult(dispatch, doc.Text, doc.Title, published, events, EventAssembler.AssembleClaims(dispatch, claimDrafts, area));
    }
}
