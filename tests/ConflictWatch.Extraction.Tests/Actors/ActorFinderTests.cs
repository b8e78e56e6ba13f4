using ConflictWatch.Extraction.Actors;

namespace ConflictWatch.Extraction.Tests.Actors;

public sealed class ActorFinderTests
{
    private static readonly ActorFinder Finder = new(ActorRegistry.Shared);

    [Theory]
    [InlineData("an al Qaeda coalition called JNIM attacked", "JNIM")]
    [InlineData("Jamâ’ah Nusrah al Islâm wal Muslimîn fighters", "JNIM")]
    [InlineData("ISGS fighters advanced", "Islamic State Sahel Province")]
    [InlineData("Russian mercenaries arrived", "Wagner Group")]
    [InlineData("UN peacekeepers were hit", "MINUSMA")]
    [InlineData("gunmen attacked a UN logistics convoy", "MINUSMA")]
    [InlineData("Dozo militiamen attacked", "Dan Na Ambassagou")]
    public void Aliases_and_descriptions_name_registry_actors(string text, string name)
    {
        Assert.Contains(Finder.Find(text), m => m.Actor?.Name == name);
    }

    [Fact]
    public void An_actor_bears_the_name_valid_on_the_event_date()
    {
        var isgs = Finder.Find("ISGS fighters").First(m => m.Actor is not null).Actor!;
        Assert.Equal("Islamic State (Greater Sahara)", isgs.NameOn(new DateOnly(2020, 2, 1)));
        Assert.Equal("Islamic State Sahel Province", isgs.NameOn(new DateOnly(2023, 4, 12)));
    }

    [Theory]
    [InlineData("Nigerien soldiers", ActorRole.State, "NE")]
    [InlineData("military forces of Burkina Faso", ActorRole.State, "BF")]
    [InlineData("a French journalist", ActorRole.Civilian, "FR")]
    [InlineData("policemen", ActorRole.Police, null)]
    [InlineData("Islamic terrorists", ActorRole.Armed, null)]
    public void Descriptors_carry_a_role_and_the_country_of_their_demonym(string text, ActorRole role, string? iso2)
    {
        var m = Finder.Find(text).Single();
        Assert.Equal((role, iso2), (m.Role, m.CountryIso2));
    }
}
