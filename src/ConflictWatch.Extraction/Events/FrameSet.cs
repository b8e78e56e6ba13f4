namespace ConflictWatch.Extraction.Events;

/// <summary>
/// The frames a clause opens, one bit each. The classifier asks a dozen questions of every clause
/// it classifies; a HashSet cost an allocation and a hash per question.
/// </summary>
public readonly record struct FrameSet(ulong Bits)
{
    public static FrameSet Of(IReadOnlyList<Trigger> triggers)
    {
        var bits = 0UL;
        foreach (var t in triggers)
        {
            bits |= Bit(t.Frame);
        }
        return new FrameSet(bits);
    }

    public bool Contains(Frame frame) => (Bits & Bit(frame)) != 0;

    public FrameSet With(Frame frame) => new(Bits | Bit(frame));

    private static ulong Bit(Frame frame) => 1UL << (int)frame;
}
