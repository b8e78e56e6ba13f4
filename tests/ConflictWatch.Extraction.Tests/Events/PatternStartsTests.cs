using ConflictWatch.Extraction.Events;
using Xunit;

namespace ConflictWatch.Extraction.Tests.Events;

public class PatternStartsTests
{
    [Theory]
    [InlineData("attack(?:ed|s)?", "at")]
    [InlineData("(?:land)?mines?", "la|mi")]
    [InlineData("(?:a |the )?bomb (?:exploded|went off)", "a |th|bo")]
    [InlineData("air ?strikes?|drones? (?:struck|hit)", "ai|dr")]
    [InlineData("(?-i:VBIED)|car bomb", "vb|ca")]
    [InlineData("rap(?:e|ed)|sexual(?:ly)? assault", "ra|se")]
    [InlineData("neutrali[sz]ed", "ne")]
    [InlineData("[ab]x|c", "ax|bx|c")]
    public void KnownStarts(string pattern, string expected)
    {
        Assert.Equal(expected.Split('|').Order(StringComparer.Ordinal), PatternStarts.Of(pattern).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(@"\w+ attack")]
    [InlineData(@"(?:\w+ )?attack")]
    [InlineData(@".{0,5}attack")]
    [InlineData(@"[A-Z]\w+ attack")]
    public void UnknownStartsAreEmpty(string pattern) => Assert.Contains("", PatternStarts.Of(pattern));

    [Theory]
    [InlineData(@"a\w+b", "a")]
    [InlineData(@"a+b", "a")]
    [InlineData(@"(?:a\w)b", "a")]
    public void StopsAtWhatItCannotFollow(string pattern, string expected) => Assert.Equal([expected], PatternStarts.Of(pattern));

    [Fact]
    public void FramesOverlapAsBefore()
    {
        // one phrase can open two frames: the suicide frame and the attack frame both fire
        var found = new TriggerFinder().Find("A suicide attack hit the camp, and gunmen attacked a convoy.");
        Assert.Contains(found, t => t.Frame == Frame.Suicide);
        Assert.Contains(found, t => t.Frame == Frame.Attack && t.Text == "attacked");
    }
}
