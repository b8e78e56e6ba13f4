using System.Globalization;
using ConflictWatch.Core;
using ConflictWatch.Extraction.Tests.Places;

namespace ConflictWatch.Extraction.Tests.Events;

/// <summary>
/// ACLED-style event notes of our own ("On 3 March 2021, ... in X (Commune, Cercle), killing 2"), read
/// with the GeoNames dumps imported as the hidden sets are: the admin units in brackets settle which
/// country a village is in, toll statements set the range, and militia words take the country.
/// </summary>
public sealed class AcledNoteTests(RealGeoNamesFixture geoNames) : IClassFixture<RealGeoNamesFixture>
{
    private ConflictEvent One(string text, string published)
    {
        var pipeline = new EventPipeline(geoNames.Gazetteer);
        var events = pipeline.Extract(new Dispatch("note", text, DateOnly.Parse(published, CultureInfo.InvariantCulture))).Events;
        return Assert.Single(events);
    }

    [Fact]
    public void A_village_known_only_across_the_border_is_coded_to_the_named_commune()
    {
        // GeoNames has a Boulikéssi in Burkina Faso only; the brackets name a commune and cercle of Mali
        var e = One("On 3 March 2021, unidentified gunmen killed 2 civilians in Boulikessi (Mondoro, Douentza).", "2021-03-05");
        Assert.Equal(("Mali", "Mopti"), (e.Country, e.Admin1));
        Assert.Equal("Mondoro", e.Location);
        Assert.Equal(2, e.GeoPrecision);
        Assert.Equal("Civilians (Mali)", e.Actor2);
    }

    [Fact]
    public void The_finest_unit_named_wins_over_a_region_named_first()
    {
        var e = One("On 10 May 2021, suspected ISGS militants killed 12 civilians in Tahoua region villages near Intazayene (Tillia, Tillia).", "2021-05-12");
        Assert.Equal(("Tillia", 2), (e.Location, e.GeoPrecision));
    }

    [Fact]
    public void A_village_the_gazetteer_lacks_takes_its_commune_at_precision_2()
    {
        var e = One("On 3 March 2021, suspected militants attacked the village of Kourfayel (Arbinda, Soum), killing 5 civilians.", "2021-03-05");
        Assert.Equal(("Burkina Faso", "Arbinda"), (e.Country, e.Location));
        Assert.Equal(2, e.GeoPrecision);
        Assert.Equal(5, e.Fatalities);
    }

    [Theory]
    [InlineData("On 9 June 2020, Malian soldiers clashed with JNIM militants near Dogofry (Dogofry, Niono). 2 soldiers were killed.", "Mali", "near Dogofri", 2)] // GeoNames: Dogofri
    [InlineData("On 5 December 2021, suspected militants attacked a bus near Songho (Bandiagara, Bandiagara), killing 31 civilians.", "Mali", "near Songo", 2)] // GeoNames: Songo
    [InlineData("On 18 September 2021, suspected JNIM militants kidnapped the village chief of Goubré (Djibasso, Kossi) and his two sons.", "Burkina Faso", "Djibasso", 2)] // GeoNames' Goubré lies 150 km away
    [InlineData("On 18 September 2021, clashes between JNIM and ISGS militants near Tin-Tabakat (Tin-Akof, Oudalan) left 12 militants dead.", "Burkina Faso", "Tin-Akoff", 2)] // not the village "Tin" of another region
    [InlineData("On 9 June 2020, Burkinabe soldiers killed 12 detained men in Tanwalbougou (Tanwalbougou, Gourma).", "Burkina Faso", "Gourma", 2)] // the province, not Mali's Gourma
    [InlineData("On 19 March 2020, a FAMa post in Tarkint (Tarkint, Bourem) was attacked by JNIM militants. 29 soldiers were killed.", "Mali", "Bourem", 2)] // the cercle's seat
    public void The_bracket_of_units_places_a_village_spelled_otherwise_or_missing(string text, string country, string location, int precision)
    {
        var e = One(text, "2021-12-06");
        Assert.Equal((country, location, precision), (e.Country, e.Location, e.GeoPrecision));
    }

    [Theory]
    [InlineData("Dogofry", "Dogofri")]
    [InlineData("Songho", "Songo")]
    [InlineData("Djibasso", "jibasso")]
    [InlineData("Tanwalbugu", "Tanwalbougu")]
    public void A_spelling_variant_changes_one_transliteration_habit(string name, string variant)
    {
        Assert.Contains(variant, Extraction.Places.SpellingVariants.Of(name), StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain(name, Extraction.Places.SpellingVariants.Of(name));
    }

    [Theory]
    [InlineData("On 24 August 2024, JNIM militants attacked civilians digging trenches around Barsalogho (Barsalogho, Sanmatenga). Fatalities were estimated at 200 to 400.", 200, 400)]
    [InlineData("On 4 June 2022, suspected JNIM militants attacked Seytenga (Seytenga, Seno). Fatalities were estimated at 86.", 86, null)]
    [InlineData("On 5 June 2021, unidentified militants attacked the village of Solhan (Solhan, Yagha), killing 132 civilians. Fatalities were later raised to 160 by local sources.", 132, 160)]
    public void A_toll_statement_sets_the_range_rather_than_adding_to_it(string text, int low, int? high)
    {
        var e = One(text, "2024-08-27");
        Assert.Equal((low, high), (e.Fatalities, e.FatalitiesHigh));
    }

    [Theory]
    [InlineData("On 4 June 2022, Dozo militiamen killed 3 Fulani civilians near Djibasso (Djibasso, Kossi).", "Dozo Communal Militia (Burkina Faso)")]
    [InlineData("On 4 June 2022, Dozo militiamen killed 3 Fulani civilians near Bankass (Bankass, Bankass).", "Dan Na Ambassagou")]
    [InlineData("On 4 June 2022, Fulani militiamen killed 2 farmers near Banibangou (Banibangou, Ouallam).", "Fulani Ethnic Militia (Niger)")]
    [InlineData("On 4 June 2022, Fulani militiamen killed 2 farmers near Bankass (Bankass, Bankass).", "Fulani Ethnic Militia (Mali)")]
    public void A_communal_militia_is_named_for_the_country_it_acts_in(string text, string actor1)
    {
        Assert.Equal(actor1, One(text, "2022-06-05").Actor1);
    }

    [Theory]
    [InlineData("On 9 June 2020, a MINUSMA convoy was attacked by unidentified gunmen between Douentza and Boni (Douentza, Douentza). 1 peacekeeper was killed.", "Unidentified Armed Group (Mali)", "MINUSMA")]
    [InlineData("On 9 June 2020, a MINUSMA patrol was attacked near Aguelhok (Aguelhok, Tessalit).", "Unidentified Armed Group (Mali)", "MINUSMA")]
    [InlineData("On 9 June 2020, FAMa soldiers and Dan Na Ambassagou militiamen clashed in Bankass (Bankass, Bankass), leaving 2 soldiers and 1 militiaman dead.", "Military Forces of Mali", "Dan Na Ambassagou")]
    [InlineData("On 9 June 2020, Nigerien National Guard members repelled an attack by suspected ISGS militants on their post in Inates (Inates, Ayorou), killing 7 attackers.", "Islamic State (Greater Sahara)", "Military Forces of Niger")]
    [InlineData("On 9 June 2020, unidentified armed men stole around 300 head of cattle from herders in Koro (Koro, Koro).", "Unidentified Armed Group (Mali)", "Civilians (Mali)")]
    [InlineData("October 2023\n- 7: Malian army convoy ambushed near Anefis; the army reports 4 dead.", "Unidentified Armed Group (Mali)", "Military Forces of Mali")]
    [InlineData("ISSP's strategy is to isolate district towns. On October 12 its fighters ambushed an army unit near Sanam, killing 11 soldiers.", "Islamic State (Greater Sahara)", "Military Forces of Niger")]
    [InlineData("ISSP has stepped up attacks in Tillaberi. On October 12 its fighters ambushed an army unit near Sanam, killing 11 soldiers.", "Islamic State (Greater Sahara)", "Military Forces of Niger")] // dated 2019 by the publication date: the name of then
    [InlineData("February 2020\n- 17: A MINUSMA logistics convoy hits a mine outside Gao; two peacekeepers are wounded.", "Unidentified Armed Group (Mali)", "MINUSMA")]
    [InlineData("February 2020\n- 23: In Burkina Faso, an army patrol is ambushed between Arbinda and Gorgadji; seven soldiers are killed.", "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso")]
    [InlineData("October 2024\n- 3: JNIM claims a rocket attack on the military camp at Gao airport; no casualties reported.", "JNIM", "Military Forces of Mali")]
    [InlineData("The authorities have meanwhile cracked down on critics: police in Niamey arrested a journalist on October 14.", "Police Forces of Niger", "Civilians (Niger)")]
    [InlineData("On 18 February 2023, leaders of Dan Na Ambassagou and representatives of Katiba Macina signed a local truce in Bankass.", "Dan Na Ambassagou", "JNIM")]
    [InlineData("On 11 February 2024, Nigerien police arrested a former minister in Niamey over comments criticising the military government.", "Police Forces of Niger", "Civilians (Niger)")]
    [InlineData("February 2020\n- 2: French Barkhane helicopters and a Reaper drone strike an ISGS motorbike column near Labbezanga, killing about 20 fighters.", "Military Forces of France", "Islamic State (Greater Sahara)")]
    [InlineData("On 18 September 2021, clashes between suspected JNIM and ISGS militants near Tin-Tabakat (Tin-Akof, Oudalan) left 12 militants dead.", "JNIM", "Islamic State (Greater Sahara)")]
    [InlineData("On 18 September 2021, unidentified gunmen killed 4 civilians in Gorgadji (Gorgadji, Seno). The attackers were believed to be ISGS militants.", "Islamic State (Greater Sahara)", "Civilians (Burkina Faso)")]
    [InlineData("On 18 September 2021, the Nigerien army reported that it had neutralised 15 terrorists near Anzourou (Anzourou, Tillaberi) during an operation.", "Military Forces of Niger", "Unidentified Armed Group (Niger)")]
    [InlineData("January 2020\n- 16: The army abandons its post at Bamba, upriver from Bourem; CSP fighters move into the village the same evening without a fight.", "CMA", null)]
    [InlineData("On 11 June 2023, armed men attacked a convoy of traders near Kantchari, killing six.", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)")]
    [InlineData("On 9 June 2020, JNIM and ISGS militants clashed near Ndaki (Gossi, Gourma-Rharous). Several militants were killed.", "JNIM", "Islamic State (Greater Sahara)")]
    public void Who_did_what_to_whom_in_passive_reciprocal_and_repelled_attacks(string text, string actor1, string? actor2)
    {
        var e = One(text, "2020-06-12");
        Assert.Equal((actor1, actor2), (e.Actor1, e.Actor2));
    }

    [Theory]
    [InlineData("On 3 September 2022, suspected EIGS fighters killed nine civilians, two of them children, at a gold-panning site near Banibangou.", "Attack", 9)]
    [InlineData("On 11 September 2022, three civilians, including a motorcycle-taxi driver, were killed when an explosive device went off near Sakoira.", "Remote explosive/landmine/IED", 3)]
    [InlineData("On 9 June 2020, unknown gunmen assassinated the mayor of Djibasso (Djibasso, Kossi) at his home.", "Attack", 1)]
    [InlineData("On 8 April 2021, unidentified gunmen attacked a gold mining site near Dori (Dori, Seno), resulting in the death of 2 civilians.", "Attack", 2)]
    [InlineData("On 8 April 2021, unidentified armed men attacked a bus near Bandiagara (Bandiagara, Bandiagara). An unknown number of passengers were killed.", "Attack", 3)]
    [InlineData("On 8 April 2021, unidentified gunmen killed a teacher and two pupils in a school in Kaya (Kaya, Sanmatenga).", "Attack", 3)]
    [InlineData("On 9 June 2020, suspected militants killed 2 gendarmes and wounded 1 in an ambush near Kantchari (Kantchari, Tapoa).", "Armed clash", 2)]
    [InlineData("On 18 March 2022, students of the University of Niamey (Niamey, Niamey) clashed with police during a protest over unpaid grants. Several students were injured and 12 were arrested.", "Violent demonstration", 0)]
    [InlineData("On 9 June 2020, a mob set fire to the police station in Kaya (Kaya, Sanmatenga) after a suspect died in custody.", "Violent demonstration", 0)]
    [InlineData("On 9 June 2020, soldiers opened fire on protesters in Kati (Kati, Kati), killing 2.", "Excessive force against protesters", 2)]
    [InlineData("On 10 August 2022, JNIM militants took over the military post of Boulkessi (Mondoro, Douentza) after the soldiers fled.", "Non-state actor overtakes territory", 0)]
    [InlineData("On 10 May 2021, JNIM militants held a sermon in the mosque of Dialloube (Dialloube, Mopti) and ordered residents to stop cooperating with the army.", "Other", 0)]
    [InlineData("On 9 June 2020 (as reported), suspected militants burned 3 trucks on the road between Boni and Douentza (Haire, Douentza).", "Looting/property destruction", 0)]
    [InlineData("On 9 June 2020, suspected JNIM militants destroyed a telecommunications antenna in Diougani (Dioungani, Koro).", "Looting/property destruction", 0)]
    public void Each_note_gets_its_sub_event_type_and_toll(string text, string subEventType, int fatalities)
    {
        var e = One(text, "2020-06-12");
        Assert.Equal((subEventType, fatalities), (e.SubEventType, e.Fatalities));
    }

    [Fact]
    public void A_wire_report_that_opens_with_a_region_is_placed_at_the_village_it_names_next()
    {
        var e = One("BAMAKO, May 14 (Wire) - Suspected jihadists killed at least 15 civilians in an attack on a village in central Mali's Mopti region over the weekend, local officials said on Tuesday.\n\nThe gunmen arrived on motorbikes in Ogossagou late on Saturday and opened fire on residents, a local official said.", "2024-05-14");
        Assert.Equal(("Ogossagou", 1, 15), (e.Location, e.GeoPrecision, e.Fatalities));
        Assert.Equal(new DateOnly(2024, 5, 11), e.EventDate);
    }

    [Fact]
    public void A_follow_up_that_names_where_it_took_place_moves_the_event_there()
    {
        var e = One("NIAMEY, May 14 (Wire) - Gunmen abducted a local chief and two of his sons in the Tillaberi region of western Niger on Sunday night, a security source said. The kidnapping took place in the village of Dargol.", "2024-05-14");
        Assert.Equal(("Dargol", "Tillaberi", 1), (e.Location, e.Admin1, e.GeoPrecision));
    }

    [Fact]
    public void A_clause_without_place_or_day_takes_them_from_the_rest_of_its_sentence()
    {
        var e = One("NIAMEY, May 14 (Wire) - At least 20 Nigerien soldiers were killed when their convoy hit an explosive device and then came under fire near the town of Tera on Monday, the defence ministry said.", "2024-05-14");
        Assert.Equal(("Niger", "near Téra", new DateOnly(2024, 5, 13)), (e.Country, e.Location, e.EventDate));
        Assert.Equal("Military Forces of Niger", e.Actor2);
    }

    [Fact]
    public void An_army_that_says_it_killed_is_the_actor()
    {
        var e = One("OUAGADOUGOU, May 14 (Wire) - Burkina Faso's army said on Monday it had killed more than 100 terrorists in operations near Djibo last week.", "2024-05-14");
        Assert.Equal("Military Forces of Burkina Faso", e.Actor1);
    }

    [Fact]
    public void A_news_story_keeps_its_incident_apart_from_the_war_s_toll()
    {
        var e = One("At least 17 soldiers and 36 members of a civilian defence force were killed in an ambush in northern Burkina Faso, the army said on Wednesday, one of the deadliest attacks this year.\n\nThe attack happened on Monday near Koumbri in the Yatenga province as the unit was escorting a convoy, the army said in a statement. Several dozen attackers were also killed, it added.\n\nBurkina Faso has been battling an Islamist insurgency since 2015. Thousands have been killed and more than two million people displaced.", "2023-08-17");
        Assert.Equal((53, 77), (e.Fatalities, e.FatalitiesHigh));
        Assert.Equal(("near Koumbri", new DateOnly(2023, 8, 14)), (e.Location, e.EventDate));
        Assert.Equal(("Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso"), (e.Actor1, e.Actor2));
    }

    [Theory]
    [InlineData("IED blast on Gao-Ansongo road kills 3 soldiers", "between Gao and Ansongo", 3)] // a one-line item is the report, not a headline over one
    [InlineData("On 5 July 2022, a peacekeeper from Chad was killed when his vehicle struck an improvised explosive device near Tessalit.", "near Tessalit", 1)]
    [InlineData("On 10 June 2023, an IED exploded on the Ménaka-Anderamboukane road, damaging a humanitarian vehicle.", "between Ménaka and Andéramboukane", 0)]
    [InlineData("On 3 May 2023, 4 soldiers and 2 civilians were killed when gunmen attacked a checkpoint in Boni.", "Boni", 6)]
    public void Places_and_tolls_of_single_sentence_reports(string text, string location, int fatalities)
    {
        var e = One(text, "2023-07-06");
        Assert.Equal((location, fatalities), (e.Location, e.Fatalities));
    }

    [Theory]
    [InlineData("On 24 June 2022, FAMa conducted an operation in Toguere-Koumbe. The army reported \"neutralising\" 14 terrorists and arresting nine suspects; local sources said several of the dead were civilians.", 14, null)]
    [InlineData("On 1 November 2019, a suicide bomber in a vehicle packed with explosives attacked the MINUSMA camp in Aguelhok (Aguelhok, Tessalit). 2 peacekeepers were killed and the attacker died.", 2, 3)]
    [InlineData("On 22 June 2022, FAMa and Wagner forces retook Bourem. The army says \"dozens\" of rebels were killed; the CSP admits nine dead.", 9, 12)]
    public void Two_sides_counts_of_the_same_dead_make_a_range(string text, int low, int? high)
    {
        var e = One(text, "2022-06-30");
        Assert.Equal((low, high), (e.Fatalities, e.FatalitiesHigh));
    }
}
