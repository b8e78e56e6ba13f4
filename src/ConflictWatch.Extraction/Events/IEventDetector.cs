using ConflictWatch.Extraction.Segmentation;

namespace ConflictWatch.Extraction.Events;

/// <summary>The event stage: triggers and their frames in a segmented document, turned into event drafts.</summary>
public interface IEventDetector
{
    IReadOnlyList<EventDraft> Detect(SegmentedDocument doc, DateOnly published, DocumentContext context, IReadOnlySet<int> aggregates);
}
