namespace ConflictWatch.Extraction.Numbers;

/// <summary>
/// The possible ends of a number phrase, in the order the regex would have tried them. Lives on
/// the stack; a list that needs only the first end stops the search as soon as it has it, and a
/// list that needs them all grows onto the heap only for pathological inputs ("1,000,000,...").
/// </summary>
internal ref struct EndList
{
    private Span<int> items;
    private readonly bool growable;

    public EndList(Span<int> buffer, bool growable)
    {
        items = buffer;
        this.growable = growable;
    }

    public int Count { get; private set; }

    public readonly int this[int index] => items[index];

    /// <summary>Adds an end; true when the list is full and the search should stop.</summary>
    public bool Add(int end)
    {
        if (Count == items.Length)
        {
            if (!growable)
            {
                return true;
            }
            var bigger = new int[items.Length * 2];
            items.CopyTo(bigger);
            items = bigger;
        }
        items[Count++] = end;
        return !growable && Count == items.Length;
    }
}
