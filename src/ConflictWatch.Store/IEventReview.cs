namespace ConflictWatch.Store;

/// <summary>Human review. Every change is written to the audit history; human values win over re-extraction.</summary>
public interface IEventReview
{
    void Confirm(string eventId, string user);

    void Reject(string eventId, string user, string? reason = null);

    /// <summary>Sets fields by their spec/events.md names (fatalities, actor1, ...). Unknown fields or bad values throw.</summary>
    void Edit(string eventId, string user, IReadOnlyDictionary<string, string?> fields);

    IReadOnlyList<EditRecord> History(string eventId);
}
