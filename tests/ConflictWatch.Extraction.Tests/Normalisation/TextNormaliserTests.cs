using ConflictWatch.Core;
using ConflictWatch.Extraction.Normalisation;

namespace ConflictWatch.Extraction.Tests.Normalisation;

public sealed class TextNormaliserTests
{
    private static readonly TextNormaliser Normaliser = new();

    [Fact]
    public void Page_chrome_archive_links_and_donation_boxes_are_dropped()
    {
        const string text = "Home | Mali | Niger | Forums\nShare: Facebook | Twitter\n\nMarch 3, 2024: Gunmen attacked a village near Gao, killing nine civilians and burning the market.\n\nArticle Archive\n\nMali: Current 2024 2023\n\nPlease Support Us\nSubscribe   Contribute   Close";
        var doc = Normaliser.Normalise(new Dispatch("p", text));
        Assert.StartsWith("March 3, 2024:", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Archive", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Subscribe", doc.Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 3, 3), doc.Published);
    }

    [Fact]
    public void Html_keeps_the_article_and_reads_its_date_from_the_time_element()
    {
        const string html = "<html><head><title>T | Site</title></head><body><nav>Home | Mali</nav><div class=\"cookie-banner\">We use cookies</div><article><h1>Clashes in Gao</h1><p>By staff <time datetime=\"2023-02-13\">13 Feb</time></p><p>Soldiers clashed with gunmen near Gao on Sunday.</p></article><aside>Most read: Bamako</aside><div class=\"newsletter\">Subscribe</div></body></html>";
        var doc = Normaliser.Normalise(new Dispatch("h", html, Format: DispatchFormat.Html));
        Assert.Contains("Soldiers clashed with gunmen near Gao on Sunday.", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("cookies", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Most read", doc.Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2023, 2, 13), doc.Published);
        Assert.Equal("Clashes in Gao", doc.Title);
    }

    [Fact]
    public void Html_without_a_body_is_bad_input_naming_the_dispatch()
    {
        var e = Assert.Throws<BadInputException>(() => Normaliser.Normalise(new Dispatch("empty-page", "<html><head><title>x</title></head></html>", Format: DispatchFormat.Html)));
        Assert.Contains("empty-page", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wire_byline_gives_the_publication_date()
    {
        var doc = Normaliser.Normalise(new Dispatch("w", "Headline here\n\nBy staff | Monday, May 9, 2022 | 16:05 UTC\n\nOUAGADOUGOU, May 9 (Wire) - Gunmen killed 15 people."));
        Assert.Equal(new DateOnly(2022, 5, 9), doc.Published);
    }

    [Fact]
    public void A_situation_report_gives_its_reporting_period()
    {
        Assert.Equal((new DateOnly(2023, 6, 1), new DateOnly(2023, 6, 10)), TextNormaliser.ReportingPeriodOf("Situation Report\nReporting period: 1-10 June 2023 | Issued: 12 June 2023"));
    }
}
