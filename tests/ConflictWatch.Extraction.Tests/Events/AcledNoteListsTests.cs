using System.Globalization;
using ConflictWatch.Core;
using ConflictWatch.Extraction.Tests.Places;

namespace ConflictWatch.Extraction.Tests.Events;

/// <summary>
/// More ACLED-style notes of our own, read with the GeoNames dumps imported: comma lists of victims,
/// one named victim with others, people named with titles, crowds that fight each other, and brackets
/// whose commune shares its name with a village across the border.
/// </summary>
public sealed class AcledNoteListsTests(RealGeoNamesFixture geoNames) : IClassFixture<RealGeoNamesFixture>
{
    private ConflictEvent One(string text, string published = "2023-01-01")
    {
        var pipeline = new EventPipeline(geoNames.Gazetteer);
        var events = pipeline.Extract(new Dispatch("note", text, DateOnly.Parse(published, CultureInfo.InvariantCulture))).Events;
        return Assert.Single(events);
    }

    [Fact]
    public void A_commune_named_like_a_village_across_the_border_yields_to_the_province()
    {
        // GeoNames knows a Koutougou village only in Niger; Soum is a province of Burkina Faso
        var e = One("On 9 June 2020, suspected JNIM militants attacked a gendarmerie post in Koutougou (Koutougou, Soum), killing 3 gendarmes.", "2020-06-12");
        Assert.Equal(("Burkina Faso", "Sahel", 2), (e.Country, e.Admin1, e.GeoPrecision));
        Assert.Equal("Police Forces of Burkina Faso", e.Actor2);
    }

    [Fact]
    public void A_hyphenated_village_is_not_two_towns_far_apart()
    {
        // a "Tin" lies in Ségou and a "Hama" in Kayes: Tin-Hama is one village of Ansongo
        var e = One("On 17 February 2023, ISSP fighters executed 4 men accused of collaborating with the army in Tin-Hama (Tin-Hama, Ansongo).", "2023-02-20");
        Assert.Equal(("Ansongo", "Gao", 2), (e.Location, e.Admin1, e.GeoPrecision));
        Assert.Equal(4, e.Fatalities);
    }

    [Theory]
    [InlineData("On 18 August 2021, militants attacked a convoy of civilians escorted by gendarmes near Gorgadji (Gorgadji, Seno). 59 civilians, 15 soldiers and 6 VDP were killed.", 80)]
    [InlineData("On 26 March 2021, a landmine exploded under a civilian truck near Inates (Inates, Tillaberi), killing the driver and 2 passengers.", 3)]
    [InlineData("On 4 April 2021, Koglweogo members beat to death a suspected thief in Boussouma (Boussouma, Sanmatenga).", 1)]
    [InlineData("On 6 May 2022, gunmen shot dead a herder and his son near Djibo (Djibo, Soum).", 2)]
    [InlineData("On 3 May 2022, militants attacked a bus near Dori (Dori, Seno), killing a total of 7 people.", 7)]
    [InlineData("On 3 May 2022, an IED killed 4 soldiers and wounded 11 near Djibo (Djibo, Soum). 2 of the wounded later died.", 6)]
    public void Every_victim_listed_is_counted(string text, int fatalities)
    {
        Assert.Equal(fatalities, One(text).Fatalities);
    }

    [Fact]
    public void A_relative_named_with_the_hostage_is_a_second_hostage()
    {
        var e = One("On 1 November 2020, unknown assailants abducted a pastor and his son in Diapaga (Diapaga, Tapoa).", "2020-11-03");
        Assert.Equal(2, e.Kidnapped);
    }

    [Fact]
    public void An_army_that_claims_to_have_neutralised_fighters_is_the_attacker()
    {
        var e = One("On 2 November 2023, the army claimed to have neutralized about 20 terrorists during an offensive near Djibo (Djibo, Soum).", "2023-11-04");
        Assert.Equal(("Military Forces of Burkina Faso", "Unidentified Armed Group (Burkina Faso)"), (e.Actor1, e.Actor2));
    }

    [Fact]
    public void Operations_conducted_against_a_group_are_a_battle_with_it()
    {
        var e = One("On 30 January 2022, Burkinabe soldiers and VDP conducted operations against Ansarul Islam near Djibo (Djibo, Soum). 24 militants were neutralised.", "2022-02-03");
        Assert.Equal(("Armed clash", "Military Forces of Burkina Faso", "Ansaroul Islam", "near Djibo", 24), (e.SubEventType, e.Actor1, e.Actor2, e.Location, e.Fatalities));
    }

    [Fact]
    public void An_army_that_announced_an_arrest_made_it()
    {
        var e = One("On 6 March 2023, the Malian army announced that it had arrested a senior ISGS commander in the Menaka region (Menaka, Menaka).", "2023-03-10");
        Assert.Equal(("Arrests", "Military Forces of Mali", "Islamic State Sahel Province"), (e.SubEventType, e.Actor1, e.Actor2));
    }

    [Fact]
    public void A_clash_between_herders_and_farmers_is_mob_violence()
    {
        var e = One("On 7 March 2023, a clash between Fulani herders and Bambara farmers over a grazing area left 3 dead in Sofara (Sofara, Djenne).", "2023-03-10");
        Assert.Equal(("Mob violence", 3), (e.SubEventType, e.Fatalities));
    }

    [Theory]
    [InlineData("On 3 May 2022, JNIM released 3 Burkinabe civilians it had abducted in April near Djibo (Djibo, Soum).", "JNIM")]
    [InlineData("On 3 May 2022, the Nigerien army freed 7 hostages held by ISGS near Ayorou (Ayorou, Tillaberi).", "Military Forces of Niger")]
    public void A_release_of_hostages_is_the_news_not_their_abduction_or_their_captors(string text, string actor1)
    {
        var e = One(text, "2022-05-05");
        Assert.Equal(("Agreement", actor1, 0), (e.SubEventType, e.Actor1, e.Kidnapped ?? 0));
    }

    [Fact]
    public void An_army_that_says_fighters_were_neutralised_neutralised_them()
    {
        var e = One("Niger: army says 30 terrorists neutralised near Tillia (Tillia, Tahoua)", "2023-03-03");
        Assert.Equal(("Military Forces of Niger", "Unidentified Armed Group (Niger)", 30), (e.Actor1, e.Actor2, e.Fatalities));
    }

    [Fact]
    public void Farmers_and_herders_fighting_each_other_are_mob_violence()
    {
        var e = One("On 3 December 2022, farmers and herders clashed over a grazing dispute in Kaya (Kaya, Sanmatenga). 2 people were killed.", "2022-12-05");
        Assert.Equal((EventTypes.Riots, "Mob violence", "Rioters (Burkina Faso)"), (e.EventType, e.SubEventType, e.Actor1));
        Assert.Equal(2, e.Fatalities);
    }

    [Fact]
    public void A_coup_is_a_strategic_development_where_it_happens_not_at_the_leaders_namesake_village()
    {
        // "Traoré" is also a village in Kayes
        var e = One("On 30 September 2022, a group of soldiers led by Captain Ibrahim Traore overthrew interim president Damiba in Ouagadougou (Ouagadougou, Kadiogo).", "2022-10-02");
        Assert.Equal((EventTypes.StrategicDevelopments, "Ouagadougou", "Military Forces of Burkina Faso"), (e.EventType, e.Location, e.Actor1));
    }

    [Fact]
    public void A_katiba_of_JNIM_is_JNIM_and_not_a_place_named_like_it()
    {
        // Sèrma is also a village in Mopti; Farabougou lies in Niono cercle
        var e = One("On 4 October 2020, Katiba Serma militants besieged the village of Farabougou (Dogofry, Niono) and kidnapped 20 villagers.", "2020-10-06");
        Assert.Equal(("JNIM", "Farabougou", 20), (e.Actor1, e.Location, e.Kidnapped));
    }

    [Fact]
    public void Gunmen_who_shot_and_killed_a_man_attacked_a_civilian()
    {
        var e = One("On 14 March 2021, gunmen shot and killed a man in Kaya (Kaya, Sanmatenga). The motive is unknown.", "2021-03-16");
        Assert.Equal(("Attack", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)", 1), (e.SubEventType, e.Actor1, e.Actor2, e.Fatalities));
    }

    [Theory]
    [InlineData("Around 14 March 2021 (week of), unidentified gunmen abducted a gold miner near Gorom-Gorom (Gorom-Gorom, Oudalan).", 1)]
    [InlineData("On 14 March 2021, unknown gunmen kidnapped the mayor of Diafarabe commune and his driver near Diafarabe (Diafarabe, Tenenkou).", 2)]
    public void One_named_hostage_and_the_one_with_him_are_counted(string text, int kidnapped)
    {
        Assert.Equal(kidnapped, One(text, "2021-03-16").Kidnapped);
    }

    [Fact]
    public void A_burned_house_is_property_destruction()
    {
        var e = One("On 14 March 2021, suspected JNIM militants burned down the house of a VDP member in Titao (Titao, Loroum).", "2021-03-16");
        Assert.Equal(("Looting/property destruction", "JNIM"), (e.SubEventType, e.Actor1));
    }

    [Fact]
    public void An_army_that_reports_killing_fighters_is_the_attacker()
    {
        var e = One("On 14 March 2021, the Nigerien army reported killing 15 Boko Haram militants in an operation near Diffa (Diffa, Diffa). 1 soldier was killed.", "2021-03-16");
        Assert.Equal(("Military Forces of Niger", "Boko Haram"), (e.Actor1, e.Actor2));
    }

    [Fact]
    public void Bodies_found_are_the_dead_of_an_attack()
    {
        var e = One("On 14 March 2021, the bodies of 3 men were found in Arbinda (Arbinda, Soum). They had been abducted by suspected JNIM militants a day earlier.", "2021-03-16");
        Assert.Equal((EventTypes.ViolenceAgainstCivilians, "Arbinda", 3), (e.EventType, e.Location, e.Fatalities));
    }

    [Theory]
    [InlineData("On 5 June 2022, militants ambushed an army convoy near Bourzanga (Bourzanga, Bam), killing an unspecified number of soldiers.", 3)] // ACLED's figure for dead without a number
    [InlineData("On 8 April 2021, a VDP member was shot dead by suspected militants at his home in Titao (Titao, Loroum).", 1)]
    [InlineData("On 8 April 2021, Koglweogo members detained and beat 3 Fulani men in Boulsa (Boulsa, Namentenga), one of whom died.", 1)]
    [InlineData("On 8 April 2021, Koglweogo members detained and beat 3 Fulani men in Boulsa (Boulsa, Namentenga), two of whom died.", 2)]
    public void The_dead_are_counted_and_the_beaten_are_not(string text, int fatalities)
    {
        Assert.Equal(fatalities, One(text, "2022-06-07").Fatalities);
    }

    [Fact]
    public void One_bracket_after_two_villages_places_both()
    {
        // GeoNames knows a Tamalaoulaout only in Niger; the bracket names Inekar commune of Ménaka, Mali
        var e = One("On 3-4 February 2022, ISGS militants attacked the villages of Tamalaoulaout and Inwelane (Inekar, Menaka), which resulted in the death of 20 civilians.", "2022-02-06");
        Assert.Equal(("Mali", "Menaka", 20), (e.Country, e.Admin1, e.Fatalities));
    }

    [Theory]
    [InlineData("On 28 June 2021, militants attacked a gold mine near Djibo (Djibo, Soum), killing 3 miners.", "Attack")]
    [InlineData("On 20 November 2022, gold miners rioted in Kalsaka (Kalsaka, Yatenga) after a collapsed mine shaft killed 5 workers, ransacking the offices of the mining company.", "Violent demonstration")]
    [InlineData("On 28 June 2021, a vehicle of the Burkinabe army hit a mine near Djibo (Djibo, Soum). 3 soldiers were killed.", "Remote explosive/landmine/IED")]
    public void A_gold_mine_is_not_a_landmine(string text, string subEventType)
    {
        Assert.Equal(subEventType, One(text, "2022-11-21").SubEventType);
    }

    [Fact]
    public void The_killers_counted_before_the_verb_are_not_the_dead()
    {
        var e = One("On 24 June 2023, two men on a motorbike shot dead the imam of the mosque of Djibasso (Djibasso, Kossi) as he left the evening prayer.", "2023-06-26");
        Assert.Equal(1, e.Fatalities);
    }

    [Fact]
    public void Executing_several_of_those_arrested_is_an_attack_with_dead()
    {
        var e = One("On 18 May 2021, FAMa and Wagner forces arrested around 30 people in Nia Ouro (Dialloube, Mopti) and executed several of them.", "2021-05-20");
        Assert.Equal((EventTypes.ViolenceAgainstCivilians, 3), (e.EventType, e.Fatalities));
    }

    [Fact]
    public void A_helicopter_crash_is_not_an_air_strike()
    {
        var pipeline = new EventPipeline(geoNames.Gazetteer);
        var text = "On 18 May 2021, a Malian army helicopter crashed near Gossi (Gossi, Gourma-Rharous), killing 2 crew members. The cause of the crash is unknown.";
        Assert.Empty(pipeline.Extract(new Dispatch("note", text, new DateOnly(2021, 5, 20))).Events);
        text = "On 18 May 2021, a helicopter sent as reinforcement crashed near Gossi on the way back, killing three crew members.";
        Assert.Empty(pipeline.Extract(new Dispatch("note", text, new DateOnly(2021, 5, 20))).Events);
    }

    [Fact]
    public void An_attack_whose_only_dead_are_soldiers_is_a_battle()
    {
        var e = One("On 9 July 2021, militants attacked Karma (Karma, Niamey). 1 soldier was killed.", "2021-07-11");
        Assert.Equal(("Armed clash", "Military Forces of Niger", 1), (e.SubEventType, e.Actor2, e.Fatalities));
    }

    [Fact]
    public void An_attack_that_killed_civilians_as_well_as_their_escort_stays_an_attack_on_civilians()
    {
        var e = One("On 18 August 2021, militants attacked a convoy of civilians escorted by gendarmes near Gorgadji (Gorgadji, Seno). 59 civilians, 15 soldiers and 6 VDP were killed.", "2021-08-20");
        Assert.Equal(("Attack", 80), (e.SubEventType, e.Fatalities));
    }

    [Fact]
    public void A_suicide_bomber_who_killed_himself_and_others_counts_them_all()
    {
        var e = One("On 7 March 2022, a suicide bomber detonated an explosive vest at a checkpoint in Mopti (Mopti, Mopti, Mopti), killing himself and 2 policemen.", "2022-03-14");
        Assert.Equal(("Suicide bomb", 2, 3), (e.SubEventType, e.Fatalities, e.FatalitiesHigh));
    }

    [Fact]
    public void Hostages_taken_along_with_a_named_person_are_added_to_him()
    {
        var e = One("On 6 March 2022, JNIM militants abducted the mayor of Boni (Boni, Douentza, Mopti) along with two of his councillors.", "2022-03-14");
        Assert.Equal(3, e.Kidnapped);
    }

    [Theory]
    [InlineData("- 27 January: Unknown gunmen abduct the mayor of Niono and his driver.", null, 2)]
    [InlineData("- 3 January: Gunmen kill a village chief near Niono.", 1, null)]
    [InlineData("- 3 January: Gunmen shoot dead the imam of Dogofri.", 1, null)]
    public void A_timelines_present_tense_counts_the_one_person_named(string text, int? fatalities, int? kidnapped)
    {
        var e = One(text, "2024-01-31");
        Assert.Equal((fatalities ?? 0, kidnapped), (e.Fatalities, e.Kidnapped));
    }

    [Theory]
    [InlineData("On 8 April 2022, gunmen attacked Sorgo (Sorgo, Sanmatenga).", 13.176, -1.105)] // not the Sorgo in Bam, in the same region
    [InlineData("On 8 April 2022, gunmen attacked Tougo (Tougo, Yatenga).", 13.201, -2.120)] // not Tougué, which GeoNames also calls Tougo
    [InlineData("On 8 April 2022, gunmen attacked Kankanfogou (Kankanfogou, Yagha).", 13.482, 0.430)]
    public void The_province_of_a_bracket_picks_the_namesake_inside_it_spelled_as_written(string text, double latitude, double longitude)
    {
        var e = One(text, "2022-04-10");
        Assert.True(Math.Abs(e.Latitude - latitude) < 0.01 && Math.Abs(e.Longitude - longitude) < 0.01, $"{e.Location} at {e.Latitude},{e.Longitude}");
    }

    [Fact]
    public void A_bracket_name_that_is_a_province_is_the_province_not_a_hamlet_of_that_name()
    {
        // a Kouni in Nord lies 50 km from a hamlet called Soum, and 175 km from the province of Soum
        var e = One("On 5 June 2020, unidentified gunmen killed 3 civilians in Kouni (Kelbo, Soum).", "2020-06-08");
        Assert.Equal("Sahel", e.Admin1);
    }

    [Fact]
    public void A_raid_that_harmed_nobody_is_coded_by_what_was_looted()
    {
        var e = One("During the night of 9 to 10 March 2022, suspected JNIM militants raided Kompienga (Kompienga, Kompienga) and looted the pharmacy and several shops. No casualties were reported.", "2022-03-14");
        Assert.Equal(("Looting/property destruction", "JNIM"), (e.SubEventType, e.Actor1));
        Assert.Equal("Kompienga", e.Location); // the province's name as reports give it, not GeoNames' "Province de la Kompienga"
    }

    [Fact]
    public void A_commune_known_only_in_another_region_yields_to_the_cercle_the_bracket_names()
    {
        // GeoNames has Kiri villages in Ségou and Mopti but none in Koutiala cercle of Sikasso
        var e = One("On 27 February 2022, gunmen killed 3 farmers in Kiri (Kiri, Koutiala, Sikasso).", "2022-03-14");
        Assert.Equal(("Sikasso", 2), (e.Admin1, e.GeoPrecision));
    }

    [Fact]
    public void A_village_of_a_bracket_known_only_across_the_border_takes_the_brackets_commune()
    {
        // the only Gourou village in GeoNames is in Burkina Faso; a Burkinabe Koro lies 57 km from it
        var pipeline = new EventPipeline(geoNames.Gazetteer);
        var events = pipeline.Extract(new Dispatch("note", "On 5 March 2022, militants killed 8 civilians in the villages of Yoro and Gourou (Diankabou, Koro, Mopti).", new DateOnly(2022, 3, 14))).Events;
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(("Mali", "Mopti"), (e.Country, e.Admin1)));
        Assert.Equal(8, events.Sum(e => e.Fatalities));
    }

    [Fact]
    public void Forces_that_fire_on_a_protest_told_before_kill_with_excessive_force()
    {
        var e = One("On 4 June 2020, residents of Gao protested against the arrest of a local youth leader. Security forces fired live ammunition, killing 1 protester.", "2020-06-15");
        Assert.Equal(("Excessive force against protesters", "Protesters (Mali)", 1), (e.SubEventType, e.Actor2, e.Fatalities));
    }

    [Theory]
    [InlineData("On 8 January 2022, the Burkinabe military carried out airstrikes in Nassoumbou forest (Nassoumbou, Soum), reportedly killing 'dozens' of militants.", 12)]
    [InlineData("On 3 December 2020, a VDP leader was killed by suspected militants in Tanghin-Dassouri (Tanghin-Dassouri, Kadiogo).", 1)]
    [InlineData("On 3 May 2022, JNIM militants clashed with FAMa near Boni (Boni, Douentza, Mopti), resulting in an unknown number of fatalities.", 3)]
    public void Quoted_vague_counts_and_a_leader_killed_alone_are_counted(string text, int fatalities)
    {
        Assert.Equal(fatalities, One(text).Fatalities);
    }

    [Fact]
    public void An_explosive_remnant_of_war_is_a_remote_explosive()
    {
        var e = One("On 29 November 2020, 2 children died when an explosive remnant of war detonated in Gossi (Gossi, Gourma-Rharous, Tombouctou).", "2020-12-10");
        Assert.Equal(("Remote explosive/landmine/IED", 2), (e.SubEventType, e.Fatalities));
    }

    [Fact]
    public void Where_a_patrol_came_from_is_not_where_it_was_hit()
    {
        var e = One("On 21 May 2021, a gendarmerie patrol from Torodi hit an IED near Makalondi, killing 2 gendarmes.", "2021-05-25");
        Assert.Equal("near Makalondi", e.Location);
    }

    [Theory]
    [InlineData("On 12 June 2020, a gendarme was shot and killed by unknown assailants at his home in Gayéri (Gayeri, Komondjari).", 1)]
    [InlineData("On 15 June 2020, FDS and VDP were ambushed between Gorgadji and Arbinda (Gorgadji, Seno). 6 soldiers and 3 VDP were killed, and several others went missing.", 9)]
    [InlineData("On 26 September 2022, JNIM militants attacked a supply convoy escorted by the army near Gorgadji (Gorgadji, Seno). 11 soldiers were killed and about 50 civilians are missing.", 11)]
    [InlineData("On 5 June 2020, suspected militants ambushed a gendarmerie patrol between Dori and Sebba (Dori, Seno). 2 gendarmes killed, 3 missing.", 2)]
    [InlineData("On 14 June 2020, the bodies of 7 civilians, who had been abducted a few days earlier, were found near Kelbo (Kelbo, Soum).", 7)]
    public void The_dead_are_counted_whatever_else_befell_them_and_the_missing_are_not(string text, int fatalities)
    {
        Assert.Equal(fatalities, One(text, "2020-06-20").Fatalities);
    }

    [Fact]
    public void A_side_whose_own_men_died_is_not_its_own_enemy()
    {
        var e = One("On 17 June 2020, a clash broke out between VDP and suspected militants in Pobé-Mengao (Pobe-Mengao, Soum), resulting in the death of 4 VDP.", "2020-06-20");
        Assert.Equal(("VDP: Volunteers for the Defense of the Homeland", "Unidentified Armed Group (Burkina Faso)", 4), (e.Actor1, e.Actor2, e.Fatalities));
    }

    [Fact]
    public void A_post_that_was_the_target_of_an_attack_was_attacked()
    {
        var e = One("On 10 June 2020, an army post in Sollé (Solle, Loroum) was the target of an attack by suspected militants. 2 soldiers lost their lives.", "2020-06-20");
        Assert.Equal((new DateOnly(2020, 6, 10), "Armed clash", "Burkina Faso", 2), (e.EventDate, e.SubEventType, e.Country, e.Fatalities));
    }

    [Fact]
    public void The_week_of_a_day_is_a_week()
    {
        var e = One("During the week of 2 May 2022, militants killed 12 civilians in Andéramboukane (Anderamboukane, Menaka).", "2022-05-10");
        Assert.Equal((new DateOnly(2022, 5, 5), 2), (e.EventDate, e.TimePrecision));
    }
}
