using ConflictWatch.Core;

namespace ConflictWatch.Extraction.Normalisation;

/// <summary>Turns a raw dispatch (text, Markdown or HTML) into clean main text.</summary>
public interface INormaliser
{
    /// <exception cref="BadInputException">when nothing readable remains (an HTML page without a body).</exception>
    NormalisedDocument Normalise(Dispatch dispatch);
}
