namespace ConflictWatch.Extraction.Claims;

/// <summary>The claims stage: aggregate figures of a sentence with the periods they cover.</summary>
public interface IClaimExtractor
{
    IReadOnlyList<ClaimDraft> Extract(string sentence, int sentenceStart, DateOnly reference, (DateOnly From, DateOnly To)? reportingPeriod = null, bool keyFigure = false);
}
