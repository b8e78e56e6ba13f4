using ConflictWatch.Core;
using ConflictWatch.Extraction;
using ConflictWatch.Extraction.Input;
using ConflictWatch.Store.Ingest;

namespace ConflictWatch.Store.Tests;

public sealed class IngestTests
{
    private static ExtractionResult Fake(Dispatch d) =>
        new(d, d.Text, d.Title, d.Published, d.Text.Contains("attack", StringComparison.Ordinal) ? [TestStore.Event($"{d.Id}-e1", fatalities: d.Text.Length % 7 + 1)] : [], []);

    [Fact]
    public void Ingesting_the_same_dispatches_twice_adds_nothing_the_second_time()
    {
        using var t = new TestStore();
        var inputs = new[] { DispatchInput.Ok("a", new Dispatch("a", "JNIM attack on Ménaka")), DispatchInput.Ok("b", new Dispatch("b", "Quiet day")) };
        var first = new Ingestor(t.Store, Fake).Run(inputs);
        var second = new Ingestor(t.Store, Fake).Run(inputs);
        Assert.Equal((2, 0, 0), (first.New, first.Updated, first.Unchanged));
        Assert.Equal((0, 0, 2), (second.New, second.Updated, second.Unchanged));
        Assert.Equal(1, t.Store.Count(new EventQuery()));
    }

    [Fact]
    public void A_bad_item_is_reported_and_the_rest_of_the_batch_is_ingested()
    {
        using var t = new TestStore();
        var inputs = new[] { DispatchInput.Bad("x.jsonl:2", "not valid JSON"), DispatchInput.Ok("a", new Dispatch("a", "JNIM attack")) };
        var s = new Ingestor(t.Store, Fake).Run(inputs);
        Assert.Equal(1, s.Failed);
        Assert.Equal(1, s.New);
        Assert.Contains("x.jsonl:2", s.Failures[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_version_of_a_dispatch_replaces_its_machine_events()
    {
        using var t = new TestStore();
        t.Save("d1", "v1", TestStore.Event("e1"), TestStore.Event("e2", lat: 14.0, lon: -4.0));
        var outcome = t.Save("d1", "v2", TestStore.Event("e3", fatalities: 9));
        Assert.Equal(DispatchChange.Updated, outcome.Change);
        var events = t.Store.Query(new EventQuery()).ToList();
        Assert.Equal("e3", Assert.Single(events).Event.EventId);
        Assert.Equal(2, t.Store.GetDispatch("d1")!.Version);
    }

    [Fact]
    public void Human_edits_survive_a_new_version_and_rejected_events_stay_rejected()
    {
        using var t = new TestStore();
        t.Save("d1", "v1", TestStore.Event("e1"), TestStore.Event("e2", lat: 14.0, lon: -4.0, type: EventTypes.Protests, actor1: "Protesters (Mali)", actor2: null));
        t.Store.Edit("e1", "ann", new Dictionary<string, string?> { ["fatalities"] = "5", ["actor1"] = "JNIM: Group for Support of Islam and Muslims" });
        t.Store.Reject("e2", "bob", "not an event");
        // Re-extraction of a changed text finds both incidents again.
        t.Save("d1", "v2", TestStore.Event("e1", fatalities: 2), TestStore.Event("e2", lat: 14.0, lon: -4.0, type: EventTypes.Protests, actor1: "Protesters (Mali)", actor2: null));
        var all = t.Store.Query(new EventQuery { IncludeRejected = true }).ToList();
        Assert.Equal(2, all.Count);
        var edited = t.Store.Get("e1")!.Stored;
        Assert.Equal(5, edited.Event.Fatalities);
        Assert.Equal("JNIM: Group for Support of Islam and Muslims", edited.Event.Actor1);
        Assert.Equal(ReviewStatus.Rejected, t.Store.Get("e2")!.Stored.Status);
        Assert.DoesNotContain(t.Store.Query(new EventQuery()), e => e.Event.EventId == "e2");
    }

    [Fact]
    public void The_audit_history_records_who_when_which_field_and_the_old_and_new_values()
    {
        using var t = new TestStore();
        t.Save("d1", "v1", TestStore.Event("e1"));
        t.Store.Edit("e1", "ann", new Dictionary<string, string?> { ["fatalities"] = "5" });
        t.Clock.Advance(TimeSpan.FromHours(1));
        t.Store.Confirm("e1", "bob");
        var h = t.Store.History("e1");
        Assert.Contains(h, r => r is { User: "ann", Action: "edit", Field: "fatalities", OldValue: "3", NewValue: "5" } && r.At == new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));
        Assert.Contains(h, r => r is { User: "bob", Action: "confirm", NewValue: "confirmed" } && r.At == new DateTimeOffset(2024, 5, 1, 13, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Editing_an_unknown_field_or_a_bad_value_is_refused_with_a_clear_message()
    {
        using var t = new TestStore();
        t.Save("d1", "v1", TestStore.Event("e1"));
        Assert.Contains("unknown field", Assert.Throws<ConflictWatchException>(() => t.Store.Edit("e1", "ann", new Dictionary<string, string?> { ["colour"] = "red" })).Message, StringComparison.Ordinal);
        Assert.Contains("whole number", Assert.Throws<ConflictWatchException>(() => t.Store.Edit("e1", "ann", new Dictionary<string, string?> { ["fatalities"] = "many" })).Message, StringComparison.Ordinal);
        Assert.Throws<ConflictWatchException>(() => t.Store.Confirm("nope", "ann"));
    }

    [Fact]
    public void An_rss_feed_becomes_one_dispatch_per_item()
    {
        const string rss = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Sahel News</title>
            <item><title>Attack</title><link>https://example.org/1</link><guid>g1</guid><pubDate>Fri, 07 Apr 2023 10:00:00 GMT</pubDate><description>JNIM attacked Ménaka.</description></item>
            <item><title>Empty</title><link>https://example.org/2</link></item>
            </channel></rss>
            """;
        var items = FeedReader.Parse(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(rss)), "feed");
        var d = Assert.Single(items);
        Assert.Equal(("g1", "https://example.org/1", "Sahel News", new DateOnly(2023, 4, 7)), (d.Id, d.Url, d.Source, d.Published!.Value));
    }

    [Fact]
    public async Task Urls_other_than_http_and_https_are_refused()
    {
        using var f = new HttpFetcher();
        var e = await Assert.ThrowsAsync<ConflictWatchException>(() => f.FetchAsync("file:///etc/passwd"));
        Assert.Contains("only http and https", e.Message, StringComparison.Ordinal);
    }
}
