namespace ConflictWatch.Core;

/// <summary>
/// Place names to places. Implemented by the compiled GeoNames index and the curated
/// supplement; the extractor, alerts and the store's radius queries all go through it.
/// </summary>
public interface IGazetteer
{
    /// <summary>Every place whose name or alternate name folds (see <see cref="TextFold"/>) to the folded <paramref name="name"/>.</summary>
    IReadOnlyList<Place> Find(string name);

    /// <summary>Number of places held, for diagnostics.</summary>
    int Count { get; }

    /// <summary>The longest number of words of any name, which bounds the mention scanner's window.</summary>
    int MaxNameWords { get; }
}
