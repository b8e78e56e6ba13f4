using System.Text.RegularExpressions;
using ConflictWatch.Extraction.Dating;
using ConflictWatch.Extraction.Numbers;

namespace ConflictWatch.Extraction.Tests.Numbers;

/// <summary>
/// The regex CountFinder that the hand-written scanner replaced, frozen here as the test oracle:
/// its one pattern is the most compact statement of what a count is (first matching alternative
/// wins, not the longest), and the differential tests hold the scanner to it output for output.
/// Do not "fix" this class; change both it and the scanner deliberately when the semantics change.
/// </summary>
public sealed partial class RegexCountOracle : ICountFinder
{
    private const string Word = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private const string Digits = @"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?";
    private const string Scale = @"(?:\s+(?:hundred|thousand|million|dozen)(?:\s+and\s+(?:" + Word + "))?)?";
    private const string Num = "(?:(?:" + Digits + "|" + Word + ")" + Scale + @"|a (?:hundred|thousand|million)|a dozen|several dozen|several hundred|several thousand|dozens|hundreds|thousands|tens|scores|several|a few|a handful)";
    private const string Qual = @"(?<q>at least|at most|more than|over|nearly|almost|about|around|some|approximately|roughly|up to|as many as|an estimated|fewer than|less than|close to|no fewer than|upwards of)\s+";

    [GeneratedRegex($@"\b(?<![,.]\d*)(?:{Qual})?(?:(?<between>between\s+(?<b1>{Num})\s+and\s+(?<b2>{Num}))|(?<n1>{Num})(?:(?<sep>\s*[-–]\s*|\s+to\s+|\s+or\s+|\s+)(?<n2>{Num}))?)(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PatternRegex();

    [GeneratedRegex(@"^\s*(?:km|kilomet|kms?\b|miles?|metres|meters|percent|per cent|%|a\.m\.|p\.m\.|GMT|UTC|hours?\b|minutes|days?\b|weeks?\b|months?\b|years? old|-year-old|years? (?:ago|later|earlier|after|before))", RegexOptions.IgnoreCase)]
    private static partial Regex NotACountRegex();

    private static readonly System.Buffers.SearchValues<string> NumberCues = System.Buffers.SearchValues.Create(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "teen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "dozen", "several", "tens", "scores", "few", "handful"],
        StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<Count> Find(string text)
    {
        var result = new List<Count>();
        if (!text.AsSpan().ContainsAnyInRange('0', '9') && text.AsSpan().IndexOfAny(NumberCues) < 0)
        {
            return result; // no digit and no number word: nothing to count
        }
        foreach (Match m in PatternRegex().Matches(text))
        {
            var c = Read(m);
            if (c is null)
            {
                continue;
            }
            var after = text.AsSpan(m.Index + m.Length);
            var afterText = after.Length > 20 ? after[..20].ToString() : after.ToString();
            if (NotACountRegex().IsMatch(afterText) && !m.Groups["q"].Success)
            {
                // distances and times are read by the place and date stages
                continue;
            }
            if (!c.Vague && IsYear(m, text))
            {
                continue;
            }
            if (m.Value.Equals("a", StringComparison.OrdinalIgnoreCase) || m.Value.Equals("one", StringComparison.OrdinalIgnoreCase) && afterText.StartsWith(" of", StringComparison.Ordinal))
            {
                continue;
            }
            result.Add(c);
        }
        return result;
    }

    private static bool IsYear(Match m, string text)
    {
        var v = m.Groups["n1"].Value;
        if (v.Length == 4 && int.TryParse(v, out var y) && y is >= 1900 and <= 2100 && !m.Groups["n2"].Success)
        {
            return true;
        }
        // "12 April" is a date, not a count, and so is "April 12"
        var after = text.AsSpan(m.Index + m.Length).TrimStart();
        if (after.Length > 2 && CalendarNames.MonthPatternStarts(after))
        {
            return true;
        }
        return !m.Groups["q"].Success && m.Index > 0 && char.IsAsciiDigit(text[m.Index])
            && MonthBefore().Match(text[..m.Index]) is { Success: true } w && CalendarNames.MonthWords.Contains(w.Groups["w"].Value.ToLowerInvariant());
    }

    [GeneratedRegex(@"(?<![A-Za-z])(?<w>[A-Z][A-Za-z]{2,})\.*\s*$")]
    private static partial Regex MonthBefore();

    private static Count? Read(Match m)
    {
        var q = m.Groups["q"].Success ? m.Groups["q"].Value.ToLowerInvariant() : null;
        var qualifier = q switch
        {
            "over" or "upwards of" => "more than",
            "some" or "around" or "approximately" or "roughly" or "an estimated" or "close to" or "nearly" or "almost" => "about",
            "no fewer than" => "at least",
            _ => q,
        };
        if (m.Groups["between"].Success)
        {
            var a = NumberWords.Parse(m.Groups["b1"].Value);
            var b = NumberWords.Parse(m.Groups["b2"].Value);
            return a is null || b is null ? null : new Count(m.Index, m.Index + m.Length, Math.Min(a.Value, b.Value), Math.Max(a.Value, b.Value), qualifier ?? "between", false);
        }
        var n1 = m.Groups["n1"].Value;
        var v1 = NumberWords.Parse(n1);
        if (v1 is null)
        {
            return null;
        }
        var vague = NumberWords.Vague.ContainsKey(n1.Trim());
        if (m.Groups["n2"].Success)
        {
            var v2 = NumberWords.Parse(m.Groups["n2"].Value);
            var sep = m.Groups["sep"].Value.Trim();
            if (v2 is { } b && (sep.Length > 0 || (!char.IsDigit(n1[0]) && b > v1 && b - v1 <= 10)) && b >= v1.Value)
            {
                return new Count(m.Index, m.Index + m.Length, v1.Value, b, qualifier, vague);
            }
            // two numbers side by side that do not form a range: keep the first only
            var end = m.Groups["n1"].Index + m.Groups["n1"].Length;
            return new Count(m.Index, end, v1.Value, v1.Value, qualifier, vague);
        }
        if (q == "up to")
        {
            return new Count(m.Index, m.Index + m.Length, 0, v1.Value, qualifier, vague);
        }
        return new Count(m.Index, m.Index + m.Length, v1.Value, v1.Value, qualifier, vague);
    }
}
