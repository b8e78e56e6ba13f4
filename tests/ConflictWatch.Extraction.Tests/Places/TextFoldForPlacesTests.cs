using ConflictWatch.Core;

namespace ConflictWatch.Extraction.Tests.Places;

/// <summary>Folding as the gazetteer relies on it (TextFold lives in Core; its cases that matter for place names are here).</summary>
public sealed class TextFoldForPlacesTests
{
    [Theory]
    [InlineData("Ménaka", "menaka")]
    [InlineData("Tillabéri", "tillaberi")]
    [InlineData("Tille\u0301rie", "tillerie")]
    [InlineData("Birni N'Konni", "birni n konni")]
    [InlineData("Birni N’Konni", "birni n konni")]
    [InlineData("Sakoïra", "sakoira")]
    [InlineData("Mainé-Soroa", "maine soroa")]
    [InlineData("Côte d'Ivoire", "cote d ivoire")]
    [InlineData("  GORom-GOROM ", "gorom gorom")]
    [InlineData("Bamakɔ", "bamako")]
    public void Accents_case_apostrophes_and_hyphens_fold_away(string name, string folded) =>
        Assert.Equal(folded, TextFold.Fold(name));
}
