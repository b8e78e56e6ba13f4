using ConflictWatch.Store.Import;

namespace ConflictWatch.Store.Tests;

/// <summary>The import's own CSV splitting: quoting, line breaks of every kind, blank lines, and the line numbers errors name.</summary>
public sealed class CsvParsingTests
{
    private const string Header = "event_id_cnty,event_date,event_type,sub_event_type,actor1,country,location,latitude,longitude,notes";

    [Fact]
    public void Quoted_fields_keep_commas_doubled_quotes_and_line_breaks_and_crlf_files_read_like_lf_files()
    {
        var csv = "\uFEFF" + Header + "\r\n"
            + "MLI1,2023-04-06,Battles,Armed clash,JNIM,Mali,\"Menaka, town\",15.918,2.402,\"He said \"\"no\"\",\r\nthen left.\"\r\n"
            + "\r\n"
            + "MLI2,2023-04-07,Battles,Armed clash,\"JNIM\",Mali,Gao,16.27,-0.04,plain";
        var rows = AcledCsvReader.Read(new StringReader(csv), "q.csv").ToList();
        Assert.Equal(2, rows.Count);
        var first = rows[0].Event!;
        Assert.Equal(("Menaka, town", "He said \"no\",\r\nthen left."), (first.Location, first.Notes));
        Assert.Equal(("MLI2", "JNIM", "plain", 5), (rows[1].Event!.EventId, rows[1].Event!.Actor1, rows[1].Event!.Notes, rows[1].Line));
    }

    [Fact]
    public void A_bad_row_after_a_multi_line_field_is_reported_at_the_line_it_starts_on()
    {
        var csv = Header + "\n"
            + "MLI1,2023-04-06,Battles,Armed clash,JNIM,Mali,Menaka,15.9,2.4,\"one\ntwo\nthree\"\n"
            + "MLI2,2023-04-06,Battles,Armed clash,JNIM,Mali,Gao,north,-0.04,x\n"
            + "MLI3,2023-04-06,Battles,Armed clash,JN\"IM,Mali,Gao,16.27,-0.04,\"x\"y\n";
        var rows = AcledCsvReader.Read(new StringReader(csv), "b.csv").ToList();
        Assert.Equal("one\ntwo\nthree", rows[0].Event!.Notes);
        Assert.StartsWith("b.csv:5: latitude \"north\"", rows[1].Error, StringComparison.Ordinal);
        // Stray quotes are kept as text rather than losing the row.
        Assert.Equal(("JN\"IM", "xy"), (rows[2].Event!.Actor1, rows[2].Event!.Notes));
    }

    [Fact]
    public void A_short_row_reads_its_missing_columns_as_empty()
    {
        var csv = Header + "\nMLI1,2023-04-06,Battles,Armed clash,JNIM,Mali,Menaka,15.9,2.4\n";
        var e = Assert.Single(AcledCsvReader.Read(new StringReader(csv), "s.csv")).Event!;
        Assert.Equal("", e.Notes);
    }
    [Fact]
    public void Repeated_values_of_a_column_come_back_as_one_string_and_unique_ones_as_they_were()
    {
        var csv = Header + "\n"
            + "MLI1,2023-04-06,Battles,Armed clash,JNIM,Mali,Menaka,15.9,2.4,first\n"
            + "MLI2,2023-04-07,Battles,Armed clash,JNIM,Mali,Gao,16.27,-0.04,second\n";
        var rows = AcledCsvReader.Read(new StringReader(csv), "r.csv").Select(r => r.Event!).ToList();
        Assert.Same(rows[0].Actor1, rows[1].Actor1);
        Assert.Same(rows[0].Country, rows[1].Country);
        Assert.Same(rows[0].EventType, rows[1].EventType);
        Assert.Equal(("Menaka", "Gao", "first", "second"), (rows[0].Location, rows[1].Location, rows[0].Notes, rows[1].Notes));
    }
}
