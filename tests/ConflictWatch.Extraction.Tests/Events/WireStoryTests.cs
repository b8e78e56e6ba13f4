using System.Globalization;
using ConflictWatch.Core;
using ConflictWatch.Extraction.Tests.Places;

namespace ConflictWatch.Extraction.Tests.Events;

/// <summary>
/// Wire stories of our own in the agencies' shape: a lead that gives the toll and the country, the
/// village and the day a sentence later, the speaker's day as the only date, and wounded and dead
/// counted in one sentence. Read with the GeoNames dumps imported.
/// </summary>
public sealed class WireStoryTests(RealGeoNamesFixture geoNames) : IClassFixture<RealGeoNamesFixture>
{
    private IReadOnlyList<ConflictEvent> Extract(string text, string published) =>
        new EventPipeline(geoNames.Gazetteer).Extract(new Dispatch("wire", text, DateOnly.Parse(published, CultureInfo.InvariantCulture))).Events;

    [Fact]
    public void A_lead_toll_split_over_two_villages_becomes_two_events_on_the_leads_day()
    {
        var events = Extract(
            "Suspected jihadists killed about 100 people in two villages in western Niger on Saturday, the prime minister said. " +
            "Around 70 people were killed in Tchoma Bangou and 30 in Zaroumadareye, a local official said.", "2021-01-04");
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(new DateOnly(2021, 1, 2), e.EventDate));
        Assert.Equal([("Tchoma Bangou", 70), ("Zaroumadareye", 30)], events.Select(e => (e.Location, e.Fatalities)).OrderBy(x => x.Location));
    }

    [Fact]
    public void The_lead_and_the_village_told_two_days_apart_are_one_incident()
    {
        // the lead's "overnight" and the detail's "on Friday" are a day or two apart
        var e = Assert.Single(Extract(
            "Gunmen killed at least 100 people in an overnight raid on a village in northern Burkina Faso, the government said on Saturday. " +
            "The attackers struck Solhan, in Yagha province, around midnight on Friday, also torching homes and the main market.", "2021-06-07"));
        Assert.Equal(("Solhan", 100), (e.Location, e.Fatalities));
    }

    [Fact]
    public void A_detachment_that_came_under_attack_was_hit_and_places_the_leads_ambush()
    {
        var e = Assert.Single(Extract(
            "NIAMEY, Aug 15 (AFP) - At least 17 Nigerien soldiers were killed when their unit was ambushed by jihadists near the border with Mali, the defence ministry said on Tuesday. " +
            "The detachment was moving between Boni and Torodi when it came under attack on Tuesday afternoon, the ministry said.", "2023-08-16"));
        Assert.Equal(("Armed clash", "Military Forces of Niger", "between Boni and Torodi", 17), (e.SubEventType, e.Actor2, e.Location, e.Fatalities));
    }

    [Fact]
    public void The_assailants_striking_on_a_weekday_dates_the_weekend_of_the_lead()
    {
        var e = Assert.Single(Extract(
            "At least 79 people were killed when gunmen attacked the town of Seytenga in northern Burkina Faso over the weekend, the government said on Monday. " +
            "The assailants struck on Saturday night, going from house to house, residents told reporters.", "2022-06-14"));
        Assert.Equal((new DateOnly(2022, 6, 11), 1), (e.EventDate, e.TimePrecision));
    }

    [Fact]
    public void A_place_named_for_another_month_does_not_place_an_attack_known_only_by_its_country()
    {
        var e = Assert.Single(Extract(
            "Analysis: Niger junta six months on\n\nOn 2 October, ISSP fighters killed 29 soldiers near Tabatol, close to the Malian border. " +
            "In December, the last French troops left Niamey.", "2024-02-08"));
        Assert.Equal(("Niger", 3), (e.Location, e.GeoPrecision));
    }

    [Fact]
    public void A_risen_toll_for_sundays_attack_is_that_attack_with_the_new_toll()
    {
        var e = Assert.Single(Extract(
            "The toll from Sunday's attack on a gendarmerie post in Inata in northern Burkina Faso has risen to 53, including 49 gendarmes and four civilians, the government said on Tuesday. " +
            "An earlier toll had put the number of dead at 32.", "2021-11-16"));
        Assert.Equal((new DateOnly(2021, 11, 14), "Inata", "Police Forces of Burkina Faso", 53), (e.EventDate, e.Location, e.Actor2, e.Fatalities));
    }

    [Fact]
    public void A_toll_put_by_local_sources_counts_and_a_claim_made_weeks_before_publication_dates_its_strikes()
    {
        var events = Extract(
            "On June 11, JNIM fighters overran a military base in Mansila, in Burkina Faso's Yagha province. Local sources put the toll at around 100.\n\n" +
            "The Nigerien junta claimed on June 25 that its forces had killed \"dozens of terrorists\" in airstrikes near Tillia, in the Tahoua region.", "2024-07-03");
        Assert.Equal(
            [(new DateOnly(2024, 6, 11), "Mansila", 100), (new DateOnly(2024, 6, 25), "near Tillia", 12)],
            events.Select(e => (e.EventDate, e.Location, e.Fatalities)).OrderBy(x => x.EventDate));
    }

    [Fact]
    public void Unnamed_fighters_after_a_named_group_are_its_own_not_its_target()
    {
        var e = Assert.Single(Extract("JNIM carried out its deadliest attack of the year on June 11, when hundreds of fighters overran a military base in Mansila.", "2024-07-03"));
        Assert.Equal(("JNIM", "Military Forces of Burkina Faso"), (e.Actor1, e.Actor2));
    }

    [Fact]
    public void A_security_reports_line_is_placed_by_its_report_not_its_heading()
    {
        var events = Extract(
            "Weekly security overview\n\n12/06/2023 – Tillabéri – Ouallam: NSAG attack on the village of Tizégorou; 5 civilians killed, livestock looted.\n" +
            "15/06/2023 – Diffa – Bosso: NSAG elements abducted 4 fishermen on the islands of Lake Chad.", "2023-06-20");
        Assert.Equal([("Bosso", 0, (int?)4), ("Tizégorou", 5, null)], events.Select(e => (e.Location, e.Fatalities, e.Kidnapped)).OrderBy(x => x.Location));
    }

    [Fact]
    public void A_lake_named_before_a_town_does_not_break_the_clause()
    {
        // the town is ranked before the lake; the test for two villages on one footing once cut the text between them backwards
        var events = Extract("On 15 June 2023, gunmen attacked the fishermen of Lake Chad and Bosso, killing 4.", "2023-06-20");
        Assert.Contains(events, e => e.Location == "Bosso" && e.Fatalities == 4);
    }

    [Theory]
    [InlineData("On 16 June, two humanitarian workers were briefly detained by unidentified armed men in Ayorou.", "Unidentified Armed Group (Niger)")]
    [InlineData("On 16 June, JNIM militants arrested 3 traders in Djibo.", "JNIM")]
    public void An_armed_group_that_detains_civilians_abducts_them(string text, string actor1)
    {
        var e = Assert.Single(Extract(text, "2023-06-20"));
        Assert.Equal(("Abduction/forced disappearance", actor1), (e.SubEventType, e.Actor1));
    }

    [Theory]
    [InlineData("On 14 June 2023, IED incident on the Tillia-Tahoua road; 2 FDS killed, 3 injured.")]
    [InlineData("On 14 June 2023, an IED exploded on the Tillia-Tahoua road. 2 soldiers were killed.")]
    public void Forces_killed_by_an_explosion_told_next_are_its_target(string text)
    {
        var e = Assert.Single(Extract(text, "2023-06-20"));
        Assert.Equal(("Remote explosive/landmine/IED", "Military Forces of Niger", 2), (e.SubEventType, e.Actor2, e.Fatalities));
    }

    [Fact]
    public void A_group_accused_of_a_killing_with_its_toll_is_its_perpetrator_and_a_charge_of_habit_is_no_event()
    {
        var e = Assert.Single(Extract("Mali: Wagner mercenaries accused of killing 7 herders near Nara", "2023-03-05"));
        Assert.Equal(("Wagner Group", 7), (e.Actor1, e.Fatalities));
        Assert.Empty(Extract("The same men, operating alongside the army, are still accused of killing civilians during sweeps through villages.", "2023-03-05"));
    }

    [Fact]
    public void The_nearby_village_of_X_is_X()
    {
        var events = Extract(
            "Burkina Faso soldiers executed at least 60 civilians in the village of Karma in the northern Yatenga province on April 20, 2023. " +
            "Two days later, on April 22, soldiers killed 9 more civilians in the nearby village of Dinguila, residents said.", "2023-11-30");
        Assert.Contains(events, e => e.Location == "Dinguila" && e.GeoPrecision == 1);
    }

    [Fact]
    public void A_village_whose_namesakes_all_lie_far_from_the_town_it_is_near_is_coded_at_that_town()
    {
        // GeoNames has seven Kouris in Burkina Faso, none within 50 km of Barsalogho
        var e = Assert.Single(Extract("On 18 December, armed men killed 6 people in the village of Kouri, near Barsalogho, and burned the market.", "2021-12-24"));
        Assert.Equal(("Kouri", 2, "Centre-Nord"), (e.Location, e.GeoPrecision, e.Admin1));
        Assert.True(Math.Abs(e.Latitude - 13.42) < 0.1 && Math.Abs(e.Longitude + 1.06) < 0.1, $"{e.Latitude},{e.Longitude} is not Barsalogho");
    }

    [Theory]
    [InlineData("A MINUSMA convoy came under heavy fire near Aguelhok on Tuesday.", "MINUSMA")]
    [InlineData("An army patrol came under attack near Tessit on Tuesday.", "Military Forces of Mali")]
    public void What_came_under_fire_is_the_target(string text, string target)
    {
        var e = Assert.Single(Extract(text, "2023-08-16"));
        Assert.Equal(("Unidentified Armed Group (Mali)", target), (e.Actor1, e.Actor2));
    }

    [Fact]
    public void The_day_the_government_spoke_dates_an_event_that_has_no_day_of_its_own()
    {
        var e = Assert.Single(Extract("Gunmen killed at least 30 people in a raid on a village in northern Burkina Faso, the government said on Saturday.", "2021-06-07"));
        Assert.Equal(new DateOnly(2021, 6, 5), e.EventDate);
    }

    [Fact]
    public void A_speakers_day_months_before_publication_is_not_the_events()
    {
        var e = Assert.Single(Extract("Gunmen killed at least 30 people in a raid on a village in northern Burkina Faso, the government said on 2 February.", "2021-06-07"));
        Assert.Equal(new DateOnly(2021, 6, 7), e.EventDate);
    }

    [Fact]
    public void Wounded_named_first_in_a_sentence_are_not_dead()
    {
        var e = Assert.Single(Extract(
            "Suspected jihadists ambushed an army patrol near Tamou on Monday. The ministry said 17 soldiers were wounded and several assailants were killed during the fighting.", "2024-03-05"));
        Assert.Equal(3, e.Fatalities); // ACLED's "several" = 3; the wounded are not deaths
    }

    [Theory]
    [InlineData("JNIM claimed an attack on an army base in Mansila on June 11.")]
    [InlineData("JNIM claimed an attack on an army base in Mansila on June 11. Photos released by the group show dozens of bodies.")]
    public void A_claimed_attack_on_a_base_is_a_battle_and_photos_of_the_dead_add_none(string text)
    {
        var e = Assert.Single(Extract(text, "2024-07-02"));
        Assert.Equal(("Armed clash", "JNIM", "Military Forces of Burkina Faso", 0), (e.SubEventType, e.Actor1, e.Actor2, e.Fatalities));
    }

    [Fact]
    public void Captured_soldiers_are_not_captured_territory()
    {
        var e = Assert.Single(Extract("JNIM attacked a Burkinabe army base in Mansila on June 11, in which the group said it killed more than 100 soldiers and captured seven.", "2024-07-02"));
        Assert.Equal("Armed clash", e.SubEventType);
    }

    [Fact]
    public void Its_fighters_are_the_group_a_sentence_without_an_event_named()
    {
        var events = Extract(
            "On 2 May, Koglweogo vigilantes detained two men in Kaya. ISGS is seeking to cut the roads out of Menaka. Three days later its fighters killed seven villagers at a wedding in Tongo Tongo.", "2023-05-10");
        Assert.Equal("Islamic State Sahel Province", events.Single(e => e.Location == "Tongo Tongo").Actor1);
    }

    [Fact]
    public void Analysts_expecting_fighting_to_intensify_report_no_fighting()
    {
        Assert.Empty(Extract("Rebel leaders say they will defend the areas they control, and analysts expect fighting around Kidal to intensify once the rainy season ends.", "2023-10-20"));
    }

    [Fact]
    public void Pacts_signed_at_no_stated_time_or_place_are_background()
    {
        Assert.Empty(Extract("The junta has drawn closer to Russia and signed defence pacts with Mali and Burkina Faso.", "2024-01-05"));
    }

    [Fact]
    public void A_monitors_feed_item_counts_KIA_and_not_the_vehicles_burned()
    {
        // "Kia" is also a village in Mopti
        var e = Assert.Single(Extract("#Mali: JNIM ambush on FAMa convoy near #Boni (Douentza) this morning. At least 9 soldiers KIA, several vehicles burned.", "2023-03-09"));
        Assert.Equal(("Boni", 9), (e.Location, e.Fatalities));
    }

    [Fact]
    public void Clashes_reported_as_ongoing_are_a_battle()
    {
        var e = Assert.Single(Extract("#BurkinaFaso: Heavy clashes ongoing since early morning around #Djibo between VDP and JNIM fighters. Casualties unknown.", "2023-03-09"));
        Assert.Equal(("Armed clash", "Djibo"), (e.SubEventType, e.Location));
    }

    [Fact]
    public void A_distance_after_a_list_of_the_dead_is_not_more_dead()
    {
        var e = Assert.Single(Extract("Overnight, gunmen raided the village of Banizoumbou near Torodi, killing six civilians, about 60 km southwest of Niamey.", "2023-03-09"));
        Assert.Equal(6, e.Fatalities);
    }

    [Fact]
    public void A_vehicle_stopped_by_armed_men_whose_driver_was_taken_is_an_abduction()
    {
        var events = Extract("On 6 November, a humanitarian vehicle was stopped by armed men near Ouallam; the driver was abducted and later released.", "2023-11-10");
        var e = Assert.Single(events);
        Assert.Equal(("Abduction/forced disappearance", "near Ouallam"), (e.SubEventType, e.Location));
    }

    [Fact]
    public void A_dated_entry_tells_a_series_of_ambushes()
    {
        var events = Extract(
            "February 8, 2023: On the 5th, JNIM gunmen ambushed a VDP patrol near Gorom-Gorom, killing seventeen of them. " +
            "Two days later another ambush, near Tin-Akoff, left 15 soldiers and 5 VDP dead.", "2023-02-10");
        Assert.Equal(2, events.Count);
        Assert.Equal(17, events[0].Fatalities); // "seventeen of them" is the figure, not a part of one
        Assert.Equal(("near Tin-Akoff", 20, "Military Forces of Burkina Faso"), (events[1].Location, events[1].Fatalities, events[1].Actor2));
        Assert.NotEqual("VDP: Volunteers for the Defense of the Homeland", events[1].Actor1);
    }

    [Fact]
    public void An_attack_claimed_by_a_group_in_the_next_sentence_is_the_groups()
    {
        var e = Assert.Single(Extract("Tuesday's attack on a military post in Boulkessi killed 5 soldiers, a security source said. The attack was claimed by JNIM.", "2023-05-16"));
        Assert.Equal(("JNIM", 5), (e.Actor1, e.Fatalities));
    }

    [Fact]
    public void The_dateline_day_is_what_the_storys_weekdays_count_from()
    {
        // written on Saturday 5 June, came with the Monday it was posted: "Friday night" is 4 June
        var e = Assert.Single(Extract(
            "OUAGADOUGOU, June 5 (Wire) - Gunmen killed at least 132 civilians in a raid on a village in northern Burkina Faso, the government said. " +
            "The attackers struck Solhan village in Yagha province on Friday night.", "2021-06-07"));
        Assert.Equal((new DateOnly(2021, 6, 4), "Solhan"), (e.EventDate, e.Location));
    }

    [Fact]
    public void A_village_the_gazetteer_lacks_is_an_event_of_its_own_near_the_one_before()
    {
        var events = Extract(
            "Gunmen killed at least 132 civilians in Solhan village in Yagha province on Friday night. " +
            "Earlier on Friday, gunmen had killed 14 people in the village of Tadaryat in the same region.", "2021-06-07");
        Assert.Equal(2, events.Count);
        Assert.Equal([("Solhan", 132, 1), ("Tadaryat", 14, 2)], events.Select(e => (e.Location, e.Fatalities, e.GeoPrecision)).OrderBy(x => x.Location));
    }

    [Fact]
    public void Its_men_who_overran_a_post_are_the_group_and_a_second_toll_makes_a_range()
    {
        var e = Assert.Single(Extract(
            "JNIM said its men overran a Malian army post at Bodio, near Bandiagara, on June 24, killing 12 soldiers. Local sources put the toll at eight soldiers dead.", "2023-06-28"));
        Assert.Equal(("Armed clash", "JNIM", 8, (int?)12), (e.SubEventType, e.Actor1, e.Fatalities, e.FatalitiesHigh));
    }

    [Fact]
    public void An_army_that_says_its_men_killed_is_the_attacker()
    {
        var e = Assert.Single(Extract("The army said its men killed 12 terrorists near Bodio on June 24.", "2023-06-28"));
        Assert.Equal("Military Forces of Mali", e.Actor1);
    }

    [Fact]
    public void A_standfirst_and_a_lead_without_a_day_fold_into_the_dated_attack_at_the_same_town()
    {
        var events = Extract(
            "Attack in Barsalogho among the deadliest in the country's history.\n\n" +
            "Armed fighters have killed hundreds of people in an attack on the town of Barsalogho in central Burkina Faso, according to witnesses. " +
            "Fighters from JNIM stormed the town on Saturday morning as residents were digging trenches, a resident said.", "2024-08-27");
        var e = Assert.Single(events);
        Assert.Equal((new DateOnly(2024, 8, 24), "Barsalogho", "JNIM", 100), (e.EventDate, e.Location, e.Actor1, e.Fatalities));
    }

    [Fact]
    public void The_strike_told_again_with_its_day_and_place_is_the_air_strike_of_the_lead()
    {
        var e = Assert.Single(Extract(
            "French forces have killed a senior commander of Al-Qaeda-linked militants in an air strike in central Mali, the French army said Wednesday. " +
            "The strike, carried out on January 20 about 30 kilometres south of Hombori, killed the militant and several of his associates, it said in a statement.", "2022-01-26"));
        Assert.Equal(("Air/drone strike", "Military Forces of France", new DateOnly(2022, 1, 20), 4), (e.SubEventType, e.Actor1, e.EventDate, e.Fatalities));
        Assert.Equal(2, e.GeoPrecision);
    }

    [Theory]
    [InlineData("Clashes erupted on 1 October between the Malian army, backed by Wagner Group, and rebels of the Permanent Strategic Framework (CSP) near Bamba.", "Military Forces of Mali", "CMA")]
    [InlineData("Fighting broke out between JNIM and ISGS near Menaka on Sunday.", "JNIM", "Islamic State Sahel Province")]
    public void The_sides_of_a_clash_follow_between_even_after_a_day_and_not_counting_allies(string text, string actor1, string actor2)
    {
        var e = Assert.Single(Extract(text, "2023-10-04"));
        Assert.Equal((actor1, actor2), (e.Actor1, e.Actor2));
    }

    [Fact]
    public void A_region_heading_yields_to_the_town_the_item_names()
    {
        var e = Assert.Single(Extract("Centre-North: On 12 January, an IED killed four civilians on the Kaya-Dori axis near Pissila.", "2024-01-15"));
        Assert.Equal(("near Pissila", 2), (e.Location, e.GeoPrecision));
    }

    [Theory]
    [InlineData("18 April – The chief of staff of the interim president is killed in an ambush near Nara along with three other people.", 4)]
    [InlineData("22 April – Suicide bombers attack the army camp in Sévaré; at least 10 civilians die.", 10)]
    public void A_timelines_present_tense_counts_its_dead(string text, int fatalities)
    {
        Assert.Equal(fatalities, Assert.Single(Extract(text, "2023-05-02")).Fatalities);
    }

    [Fact]
    public void The_killings_told_again_with_a_day_date_the_event_that_had_only_its_month()
    {
        var e = Assert.Single(Extract(
            "Malian armed forces and associated foreign soldiers allegedly executed around 300 civilian men in the central Mali town of Moura in March 2022, a rights group said today. " +
            "The killings occurred over several days beginning on March 27.", "2022-04-05"));
        Assert.Equal((new DateOnly(2022, 3, 27), 1), (e.EventDate, e.TimePrecision));
    }

    [Fact]
    public void Troops_deployed_to_the_area_are_no_base()
    {
        var e = Assert.Single(Extract("Gunmen killed 12 villagers in Seytenga on Sunday, officials said. The government has deployed additional troops to the area.", "2022-06-14"));
        Assert.Equal("Attack", e.SubEventType);
    }

    [Fact]
    public void Two_militias_sharing_one_noun_are_two_sides()
    {
        var e = Assert.Single(Extract("On 5 May 2022, Fulani and Dogon militias clashed near Bankass, leaving 6 dead.", "2022-05-10"));
        Assert.Equal(("Fulani Ethnic Militia (Mali)", "Dan Na Ambassagou"), (e.Actor1, e.Actor2));
    }

    [Fact]
    public void A_day_after_its_months_name_is_no_toll()
    {
        var e = Assert.Single(Extract("JNIM fighters overran a military base in Djibo on November 26 and killed at least 40 soldiers.", "2023-12-01"));
        Assert.Equal(40, e.Fatalities);
    }

    [Fact]
    public void An_attack_made_simultaneously_has_the_day_of_the_one_before()
    {
        var events = Extract(
            "Suspected Islamist militants attacked a passenger boat on the Niger River near Bamba, Gao Region, Sept. 7. " +
            "Simultaneously, militants targeted a military camp in Bourem, killing several soldiers.", "2023-09-09");
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(new DateOnly(2023, 9, 7), e.EventDate));
    }

    [Fact]
    public void The_subject_of_a_where_clause_is_who_acted_in_it()
    {
        var e = Assert.Single(Extract(
            "August 18, 2022: The government blames the attacks on Islamic State fighters based across the border in Mali, where French troops withdrew from Menaka in June.", "2022-08-20"));
        Assert.Equal(("Non-violent transfer of territory", "Military Forces of France"), (e.SubEventType, e.Actor1));
    }

    [Fact]
    public void A_quoted_toll_restates_the_dead_of_the_lead_as_a_range()
    {
        var e = Assert.Single(Extract(
            "Dozens of soldiers were killed on Saturday when jihadists attacked an army detachment in the northern town of Djibo, security sources said. " +
            "\"The toll is heavy, at least 30 soldiers were killed,\" one source said.", "2022-11-28"));
        Assert.Equal((12, (int?)30), (e.Fatalities, e.FatalitiesHigh));
    }

    [Theory]
    [InlineData("Burkina Faso: 15 soldiers killed in attack on Koumbri army base", "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso")]
    [InlineData("JNIM claims ambush on Wagner convoy near Nioro du Sahel, says 20 killed", "JNIM", "Wagner Group")]
    [InlineData("The army said several militants were killed near Djibo on Monday.", "Military Forces of Burkina Faso", "Unidentified Armed Group (Burkina Faso)")]
    public void Headlines_and_claims_put_the_sides_the_right_way_round(string text, string actor1, string actor2)
    {
        var e = Assert.Single(Extract(text, "2024-03-10"));
        Assert.Equal((actor1, actor2), (e.Actor1, e.Actor2));
    }
}
