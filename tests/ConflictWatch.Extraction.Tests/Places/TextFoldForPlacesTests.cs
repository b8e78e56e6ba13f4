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

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Ménaka")]
    [InlineData("  Birni N’Konni -- ")]
    [InlineData("Tille\u0301rie")]
    [InlineData("Straße Ærø Łódź Ẹ̀kọ́ Şanlıurfa")]
    [InlineData("Bamakɔ ɲ ŋ")]
    [InlineData("'")]
    [InlineData("")]
    public void Folding_on_the_stack_gives_what_TextFold_gives(string name)
    {
        Span<char> buffer = stackalloc char[ConflictWatch.Extraction.Places.NameKey.MaxStackLength];
        Assert.True(ConflictWatch.Extraction.Places.NameKey.TryFold(name, buffer, out var length));
        Assert.Equal(ConflictWatch.Core.TextFold.Fold(name), buffer[..length].ToString());
    }

    [Fact]
    public void Other_scripts_and_overlong_names_take_the_allocating_path()
    {
        Span<char> buffer = stackalloc char[8];
        Assert.False(ConflictWatch.Extraction.Places.NameKey.TryFold("ميناكا", buffer, out _));
        Assert.False(ConflictWatch.Extraction.Places.NameKey.TryFold("Gourma-Rharous", buffer, out _));
    }
}
