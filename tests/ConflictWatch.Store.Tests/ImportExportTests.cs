using ConflictWatch.Core;
using ConflictWatch.Store.Export;
using ConflictWatch.Store.Import;
using ConflictWatch.Store.Sqlite;

namespace ConflictWatch.Store.Tests;

public sealed class ImportExportTests
{
    private const string Header = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";

    [Fact]
    public void Acled_dates_in_every_format_ACLED_has_used_are_read()
    {
        Assert.True(AcledDates.TryParse("2020-07-31", out var a));
        Assert.True(AcledDates.TryParse("03 December 2020", out var b));
        Assert.True(AcledDates.TryParse("16-Feb-21", out var c));
        Assert.Equal((new DateOnly(2020, 7, 31), new DateOnly(2020, 12, 3), new DateOnly(2021, 2, 16)), (a, b, c));
        Assert.False(AcledDates.TryParse("31/31/2020", out _));
    }

    [Fact]
    public void A_malformed_row_is_reported_with_its_line_number_and_the_rest_is_imported()
    {
        var csv = $"""
            {Header}
            MLI1,2023-04-06,2023,1,Political violence,Battles,Armed clash,JNIM,,2,Military Forces of Mali (2021-),,1,12,,466,Western Africa,Mali,Menaka,Menaka,,Menaka,15.918,2.402,1,RFI,,"On 6 April, JNIM attacked, killing 3.",3,,1
            MLI2,not a date,2023,1,Political violence,Battles,Armed clash,JNIM,,2,,,,20,,466,Western Africa,Mali,Gao,Gao,,Gao,16.27,-0.04,1,AFP,,x,1,,1
            MLI3,16-Feb-21,2021,1,Political violence,Battles,Armed clash,JNIM,,State forces,,,,20,,466,Western Africa,Mali,Mopti,Mopti,,Mopti,14.49,-4.19,1,AFP,,x,1,,1
            """;
        using var t = new TestStore();
        var s = Importer.Run(t.Store, AcledCsvReader.Read(new StringReader(csv), "a.csv"), "acled");
        Assert.Equal((3, 2, 1), (s.Rows, s.Imported, s.Failed));
        Assert.StartsWith("a.csv:3: event_date", Assert.Single(s.Errors), StringComparison.Ordinal);
        Assert.Equal(1, t.Store.Get("MLI3")!.Stored.Event.Inter1);
    }

    [Fact]
    public void A_monadic_export_becomes_one_dyadic_event_per_event_id()
    {
        var csv = """
            event_id_cnty,event_date,event_type,sub_event_type,actor1,assoc_actor_1,inter1,country,iso,location,latitude,longitude,fatalities,notes,source
            BFO1,2022-06-11,Violence against civilians,Attack,JNIM,,2,Burkina Faso,854,Seytenga,14.16,0.69,86,Massacre at Seytenga.,AFP
            BFO1,2022-06-11,Violence against civilians,Attack,Civilians (Burkina Faso),,7,Burkina Faso,854,Seytenga,14.16,0.69,86,Massacre at Seytenga.,AFP
            BFO2,2022-06-12,Protests,Peaceful protest,Protesters (Burkina Faso),,6,Burkina Faso,854,Ouagadougou,12.37,-1.52,0,Protest.,AFP
            """;
        var rows = AcledCsvReader.Read(new StringReader(csv), "m.csv").ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(("JNIM", "Civilians (Burkina Faso)", 7), (rows[0].Event!.Actor1, rows[0].Event!.Actor2, rows[0].Event!.Inter2));
        Assert.Null(rows[1].Event!.Actor2);
    }

    [Fact]
    public void Ucdp_ged_rows_keep_low_in_fatalities_high_in_fatalities_high_and_best_in_the_notes()
    {
        var csv = """
            id,relid,year,type_of_violence,dyad_name,side_a,side_b,where_prec,where_description,adm_1,adm_2,latitude,longitude,country,date_prec,date_start,date_end,best,high,low,source_office
            501,MLI-2019,2019,3,IS Sahel - Civilians,IS Sahel,Civilians,1,Indelimane village,Menaka region,Ansongo cercle,15.7,1.9,Mali,1,2019-11-01 00:00:00.000,2019-11-01 00:00:00.000,53,60,49,AFP
            502,MLI-2019,2019,1,Government of Mali - JNIM,Government of Mali,JNIM,2,near Boni,Mopti region,Douentza cercle,15.0,-1.9,Mali,2,2019-09-30,2019-10-01,40,45,38,RFI
            """;
        var rows = UcdpCsvReader.Read(new StringReader(csv), "ged.csv").Select(r => r.Event!).ToList();
        Assert.Equal((49, 60, EventTypes.ViolenceAgainstCivilians, "Menaka"), (rows[0].Fatalities, rows[0].FatalitiesHigh!.Value, rows[0].EventType, rows[0].Admin1!));
        Assert.Contains("best 53", rows[0].Notes, StringComparison.Ordinal);
        Assert.Equal((EventTypes.Battles, 1, 2, 466), (rows[1].EventType, rows[1].Inter1, rows[1].TimePrecision, rows[1].Iso));
    }

    [Fact]
    public void Export_import_into_a_new_database_and_export_again_gives_identical_files()
    {
        using var a = new TestStore();
        a.Save("d1", "text", TestStore.Event("E1", notes: "Quoted \"notes\", with commas\nand a newline"), TestStore.Event("E2", "2023-05-01", 14.1, -4.2, EventTypes.Explosions, fatalities: 2, high: 5));
        a.Store.ImportBatch([TestStore.Event("A1", "2021-02-16", 14.49, -4.19) with { Kidnapped = 4, SourceUrl = "https://x.org/a", AssocActor1 = "Dozos" }], "acled");
        var first = Path.Combine(a.Directory, "first.csv");
        var second = Path.Combine(a.Directory, "second.csv");
        Export(a.Store, first);
        using (var b = SqliteStore.Open(Path.Combine(a.Directory, "b.db")))
        {
            using (var r = new StreamReader(first))
            {
                var s = Importer.Run(b, AcledCsvReader.Read(r, first), "acled");
                Assert.Equal(0, s.Failed);
            }
            Export(b, second);
        }
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.Equal(5, File.ReadAllLines(first).Length); // header, 3 events, one note has a newline
    }

    private static void Export(SqliteStore store, string path)
    {
        using var w = new StreamWriter(path);
        using var csv = new AcledCsvWriter(w);
        foreach (var e in store.Query(new EventQuery { Order = EventOrder.Chronological }))
        {
            csv.Write(e.Event);
        }
    }

    [Fact]
    public async Task GeoJson_jsonl_and_parquet_exports_write_every_event()
    {
        using var t = new TestStore();
        t.Store.ImportBatch([TestStore.Event("A1"), TestStore.Event("A2", lat: 14.0)], "acled");
        var events = t.Store.Query(new EventQuery { Order = EventOrder.Chronological }).Select(e => e.Event).ToList();
        using var geo = new MemoryStream();
        Assert.Equal(2, GeoJsonWriter.Write(geo, events));
        using var doc = System.Text.Json.JsonDocument.Parse(geo.ToArray());
        Assert.Equal(2.402, doc.RootElement.GetProperty("features")[0].GetProperty("geometry").GetProperty("coordinates")[0].GetDouble());
        var jsonl = new StringWriter();
        Assert.Equal(2, JsonlWriter.Write(jsonl, events));
        Assert.Equal("A1", System.Text.Json.JsonSerializer.Deserialize<ConflictEvent>(jsonl.ToString().Split('\n')[0], Json.Options)!.EventId);
        using var pq = new MemoryStream();
        Assert.Equal(2, await ParquetExporter.WriteAsync(pq, events));
        Assert.True(pq.Length > 100);
        Assert.Equal("PAR1"u8.ToArray(), pq.ToArray()[..4]);
    }
}
