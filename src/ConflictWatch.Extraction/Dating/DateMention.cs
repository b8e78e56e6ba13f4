namespace ConflictWatch.Extraction.Dating;

/// <summary>
/// A date expression found in a sentence, resolved to a day. Precision follows ACLED's
/// time_precision (1 day, 2 week or short span, 3 month) plus 4 for a year or coarser,
/// which marks background that is never coded as an event.
/// </summary>
public sealed record DateMention(int Start, int End, DateOnly Date, int Precision, DateKind Kind, int OffsetDays = 0)
{
    public bool IsEventDate => Precision <= 3 && Kind != DateKind.Reporting;
}

public enum DateKind
{
    /// <summary>A calendar date written out (12 April 2023).</summary>
    Absolute,
    /// <summary>Resolved against the entry or publication date (on Sunday, yesterday, last week).</summary>
    Relative,
    /// <summary>"three days later": an offset from the previous event's date, resolved by the event stage.</summary>
    AfterPrevious,
    /// <summary>A verb of saying's date ("said on Monday"), which dates the report, not the event.</summary>
    Reporting,
}
