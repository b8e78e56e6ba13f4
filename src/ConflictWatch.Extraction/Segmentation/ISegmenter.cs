namespace ConflictWatch.Extraction.Segmentation;

/// <summary>Splits normalised text into dated entries, paragraphs and sentences.</summary>
public interface ISegmenter
{
    SegmentedDocument Segment(string text, DateOnly? published);
}
