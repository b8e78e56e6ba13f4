using System.Globalization;
using ConflictWatch.Core;
using ConflictWatch.Extraction.Tests.Places;

namespace ConflictWatch.Extraction.Tests.Events;

/// <summary>
/// Monthly conflict digests of our own in the shape of the tracker genre: a country heading, a summary
/// line, then region after region, each incident a clause with its day between subject and verb
/// ("suspected JNIM militants 3 May ambushed army convoy") and articles dropped. Read with the GeoNames
/// dumps imported.
/// </summary>
public sealed class MonthlyDigestTests(RealGeoNamesFixture geoNames) : IClassFixture<RealGeoNamesFixture>
{
    private IReadOnlyList<ConflictEvent> Extract(string text, string published) =>
        new EventPipeline(geoNames.Gazetteer).Extract(new Dispatch("digest", text, DateOnly.Parse(published, CultureInfo.InvariantCulture))).Events;

    [Fact]
    public void Each_dated_clause_is_an_incident_of_its_own()
    {
        var events = Extract(
            "Mali\n\nJihadist violence persisted in centre and north.\n\n" +
            "In Mopti region, suspected JNIM militants 3 May ambushed army convoy near Boni (Douentza cercle), killing five soldiers. " +
            "Army and Wagner Group 10 May raided Dialloubé village (Mopti cercle), reportedly killing at least 20 civilians. " +
            "In Ménaka region, ISSP 16 May attacked Tidermène town, killing around 10 civilians.", "2023-06-01");
        Assert.Equal(
            [(3, "Armed clash", "JNIM", 5), (10, "Attack", "Military Forces of Mali", 20), (16, "Attack", "Islamic State Sahel Province", 10)],
            events.Select(e => (e.EventDate.Day, e.SubEventType, e.Actor1, e.Fatalities)).OrderBy(x => x.Day));
    }

    [Fact]
    public void A_lower_case_title_makes_the_name_after_it_a_person_not_a_village()
    {
        // Traoré is also a village in Kayes, Mali
        var e = Assert.Single(Extract("Burkina Faso\n\nArmy captain Ibrahim Traoré 30 Sept ousted interim President Damiba in second coup this year.", "2022-10-03"));
        Assert.Equal(("Burkina Faso", "Military Forces of Burkina Faso"), (e.Country, e.Actor1));
    }

    [Fact]
    public void Dead_on_another_day_are_not_added_to_the_incident_before()
    {
        var events = Extract(
            "Burkina Faso\n\nIn Centre-Nord region, IED 5 Sept killed 35 civilians travelling in convoy near Djibo town. " +
            "In Est region, suspected jihadists 19 Sept killed four VDP in Kompienga province.", "2022-10-03");
        Assert.Equal([(5, 35), (19, 4)], events.Select(e => (e.EventDate.Day, e.Fatalities)).OrderBy(x => x.Item1));
    }
}
