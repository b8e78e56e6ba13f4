using ConflictWatch.Core;
using ConflictWatch.Extraction.Places;

namespace ConflictWatch.Extraction.Tests.Events;

/// <summary>
/// One-sentence dispatches of our own and the event each must yield: the ACLED coding rules
/// (who attacked whom decides the type), passive voice, follow-up sentences and non-events.
/// </summary>
public sealed class EventClassificationTests
{
    private static readonly EventPipeline Pipeline = new(Gazetteers.LoadDefault());

    private static IReadOnlyList<ConflictEvent> Extract(string text, string published) =>
        Pipeline.Extract(new Dispatch("t", text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture))).Events;

    [Theory]
    [InlineData("On Saturday, gunmen killed four soldiers in Boni.", "2023-02-13", "Battles", "Armed clash", "Unidentified Armed Group (Mali)", "Military Forces of Mali", 4)]
    [InlineData("Gunmen yesterday shot dead the chief of Boni in front of his family.", "2024-02-21", "Violence against civilians", "Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)", 1)]
    [InlineData("Five Malian soldiers were killed by JNIM fighters who ambushed their patrol near Boni on Saturday.", "2023-05-08", "Battles", "Armed clash", "JNIM", "Military Forces of Mali", 5)]
    [InlineData("On 3 May, suspected jihadists killed nine villagers in Boni.", "2023-05-08", "Violence against civilians", "Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)", 9)]
    [InlineData("On 3 May, a roadside bomb killed two soldiers near Douentza.", "2023-05-08", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Mali)", "Military Forces of Mali", 2)]
    [InlineData("On 3 May, Malian army drones struck a JNIM camp near Boni, killing 12 militants.", "2023-05-08", "Explosions/Remote violence", "Air/drone strike", "Military Forces of Mali", "JNIM", 12)]
    [InlineData("On 3 May, hundreds of students marched peacefully in Gao.", "2023-05-08", "Protests", "Peaceful protest", "Protesters (Mali)", null, 0)]
    [InlineData("On 3 May, police arrested five journalists in Gao.", "2023-05-08", "Strategic developments", "Arrests", "Police Forces of Mali", "Civilians (Mali)", 0)]
    [InlineData("On 3 May, JNIM fighters abducted 14 passengers from a bus near Douentza.", "2023-05-08", "Violence against civilians", "Abduction/forced disappearance", "JNIM", "Civilians (Mali)", 0)]
    [InlineData("Burkinabe troops repelled an assault on their base at Djibo on 17 June. Four soldiers lost their lives.", "2023-06-19", "Battles", "Armed clash", "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso", 4)]
    public void A_sentence_is_coded_by_the_ACLED_rules(string text, string published, string type, string sub, string actor1, string? actor2, int fatalities)
    {
        var e = Assert.Single(Extract(text, published));
        Assert.Equal((type, sub), (e.EventType, e.SubEventType));
        Assert.Equal(actor1, e.Actor1);
        Assert.Equal(actor2, e.Actor2);
        Assert.Equal(fatalities, e.Fatalities);
    }

    [Theory]
    [InlineData("ISGS is seeking to seize control of all roads out of Menaka.", "2023-04-12")]
    [InlineData("The American was seized in 2016 while at his home in Niger.", "2023-03-20")]
    [InlineData("There were 532 kidnappings in 2022, a sharp increase from 33 in 2017.", "2023-03-20")]
    [InlineData("Both JNIM and ISGS plant such bombs on that road.", "2023-09-12")]
    [InlineData("Thousands of civilians have been killed in the past five years.", "2024-03-01")]
    [InlineData("Analysts expect more suicide attacks on military bases in the coming months.", "2024-03-01")]
    [InlineData("Article Archive\n\nMali: Current 2023 2022 2021\n\nSubscribe   Contribute   Close\n\nThe army and the militias keep fighting.", "2023-04-14")]
    public void Background_trends_and_aggregates_are_not_events(string text, string published)
    {
        Assert.Empty(Extract(text, published));
    }

    [Fact]
    public void A_page_of_chrome_only_is_bad_input_that_names_the_dispatch()
    {
        var e = Assert.Throws<BadInputException>(() => Extract("Help Keep Us From Drying Up\n\nSubscribe   Contribute   Close", "2023-04-14"));
        Assert.StartsWith("t:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_follow_up_sentence_adds_its_dead_to_the_event_before_it()
    {
        var events = Extract("On 16 September, JNIM fighters ambushed a supply convoy 30 kilometers east of Djibo. Seventeen soldiers died, and the army said another nine attackers were killed.", "2023-09-18");
        var e = Assert.Single(events);
        Assert.Equal("JNIM", e.Actor1);
        Assert.Equal(17, e.Fatalities);
        Assert.Equal(26, e.FatalitiesHigh);
        Assert.Equal(2, e.GeoPrecision);
    }

    [Fact]
    public void Two_villages_and_two_tolls_make_two_events()
    {
        var events = Extract("On 9 September, gunmen attacked the villages of Pensa and Dablo, killing 23 and 8 people respectively.", "2023-09-18");
        Assert.Equal([23, 8], events.Select(e => e.Fatalities));
        Assert.Equal(["Pensa", "Dablo"], events.Select(e => e.Location));
    }

    [Fact]
    public void A_claim_of_responsibility_names_the_perpetrator()
    {
        var e = Assert.Single(Extract("Mortar rounds hit the army camp in Gao on 19 August, wounding three soldiers. JNIM claimed the attack.", "2023-08-21"));
        Assert.Equal("Shelling/artillery/missile attack", e.SubEventType);
        Assert.Equal("JNIM", e.Actor1);
        Assert.Equal(0, e.Fatalities);
    }
}
