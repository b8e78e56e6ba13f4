using ConflictWatch.Extraction.Segmentation;

namespace ConflictWatch.Extraction.Tests.Segmentation;

public sealed class SegmenterTests
{
    private static readonly Segmenter Segmenter = new();

    [Fact]
    public void A_page_of_dated_entries_splits_into_entries_with_their_dates()
    {
        var text = "Mali: a page\n\nApril 12, 2023: Gunmen struck Boni. Two died.\n\nApril 6, 2023: Police arrested five men.";
        var doc = Segmenter.Segment(text, new DateOnly(2023, 4, 14));
        Assert.Equal([null, new DateOnly(2023, 4, 12), new DateOnly(2023, 4, 6)], doc.Entries.Select(e => e.Date));
        Assert.Equal(["Gunmen struck Boni.", "Two died."], doc.Entries[1].Sentences.Select(s => s.Text));
    }

    [Fact]
    public void Bullets_under_a_month_heading_take_the_month_and_year_of_the_heading()
    {
        var text = "December 2024\n- 28: Gunmen ambushed a convoy.\n\nJanuary 2025\n- 3: JNIM shelled the camp.";
        var doc = Segmenter.Segment(text, new DateOnly(2025, 2, 3));
        Assert.Equal([new DateOnly(2024, 12, 28), new DateOnly(2025, 1, 3)], doc.Entries.Where(e => e.Date is not null).Select(e => e.Date));
    }

    [Fact]
    public void A_day_span_entry_is_dated_to_its_middle_with_week_precision()
    {
        var doc = Segmenter.Segment("• 9–12 June: Fighting around Dinangourou.", new DateOnly(2022, 7, 5));
        var e = doc.Entries.Single(x => x.Date is not null);
        Assert.Equal((new DateOnly(2022, 6, 10), 2), (e.Date!.Value, e.DatePrecision));
    }

    [Fact]
    public void Sentences_keep_their_offsets_and_abbreviations_do_not_split()
    {
        const string text = "Gen. Diarra said the U.S. drone struck at 5 a.m. on Sunday. Nobody was hurt.";
        var s = Segmenter.Segment(text, null).Entries.Single().Sentences;
        Assert.Equal(2, s.Count);
        Assert.Equal(s[1].Text, text[s[1].Start..s[1].End]);
    }
}
