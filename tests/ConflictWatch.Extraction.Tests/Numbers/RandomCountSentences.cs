using System.Text;

namespace ConflictWatch.Extraction.Tests.Numbers;

/// <summary>
/// Seeded random "sentences" dense in what the count scanner has to get right: number words in
/// every case, digits with separators and decimals, qualifiers, range separators, units, month
/// names, punctuation, and characters whose regex class is easy to get wrong (NBSP, tabs,
/// non-ASCII digits, zero-width joiners, the Kelvin sign and the long s, combining marks).
/// </summary>
internal static class RandomCountSentences
{
    private static readonly string[] NumberWords =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
        "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "twenty-three", "forty five", "ninety-nine",
        "hundred", "thousand", "million", "dozen", "dozens", "hundreds", "thousands", "tens", "scores", "several",
        "few", "handful", "a", "an", "and", "a few", "a handful", "a dozen", "several dozen", "several hundred",
        "several thousand", "a hundred", "a thousand", "a million", "one hundred and five", "sevent", "tenth",
        "ones", "twentyone", "fourty", "no", "both", "couple", "many",
    ];

    private static readonly string[] Qualifiers =
    [
        "at least", "at most", "more than", "over", "nearly", "almost", "about", "around", "some", "approximately",
        "roughly", "up to", "as many as", "an estimated", "fewer than", "less than", "close to", "no fewer than",
        "upwards of", "between", "and", "at  least", "upwards",
    ];

    private static readonly string[] Separators = ["-", "–", "—", "to", "or", "/", "~", " - ", "‐", "−", ",", "and"];

    private static readonly string[] Units =
    [
        "km", "kms", "kilometres", "kilometers", "miles", "mile", "metres", "meters", "percent", "per cent", "%",
        "a.m.", "p.m.", "GMT", "UTC", "hours", "hour", "hourly", "minutes", "days", "day", "daylong", "weeks",
        "months", "years old", "-year-old", "years ago", "years later", "year after", "year", "kmh", "Km",
    ];

    private static readonly string[] Months =
    [
        "April", "Apr", "Apr.", "May", "may", "March", "march", "Sept", "Sep.", "December", "Dec", "Jan", "June", "Mayor", "Augusta",
    ];

    private static readonly string[] Filler =
    [
        "people", "soldiers", "were", "killed", "the", "of", "one of", "in", "on", "near", "Menaka", "attack", "with",
        "fighters", "civilians", "overall", "handsome", "_", "x", "s", "them", "aboutface", "between", "seven's",
    ];

    private static readonly string[] Punctuation = [",", ".", ";", ":", "(", ")", "\"", "'", "!", "?", "[", "]"];

    private static readonly string[] Exotic =
    [
        "\u00A0", "\t", "\n", "\u0663", "\u0663\u0664", "\u200D", "\u200C", "\u212A", "\u017F", "\u0130", "\u0131",
        "é", "\u0301", "½", "²", "①", "Ⅻ", "\u2009", "\u2028", "\u0085", "\uFF15", "\u0903",
    ];

    private static readonly string[] Joiners = [" ", " ", " ", " ", " ", " ", "", "  ", "-", "–", ",", ".", "\u00A0", "\t", "\n", " - ", ", ", ". "];

    public static IEnumerable<string> Generate(int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var sb = new StringBuilder();
            var tokens = random.Next(2, 16);
            for (var t = 0; t < tokens; t++)
            {
                if (t > 0)
                {
                    sb.Append(Joiners[random.Next(Joiners.Length)]);
                }
                sb.Append(Token(random));
            }
            yield return sb.ToString();
        }
    }

    private static string Token(Random random)
    {
        var roll = random.Next(100);
        var token = roll switch
        {
            < 28 => Pick(random, NumberWords),
            < 48 => Digits(random),
            < 58 => Pick(random, Qualifiers),
            < 64 => Pick(random, Separators),
            < 72 => Pick(random, Units),
            < 77 => Pick(random, Months),
            < 90 => Pick(random, Filler),
            < 96 => Pick(random, Punctuation),
            _ => Pick(random, Exotic),
        };
        return random.Next(10) switch
        {
            0 => token.ToUpperInvariant(),
            1 => token.Length > 0 ? char.ToUpperInvariant(token[0]) + token[1..] : token,
            _ => token,
        };
    }

    private static string Pick(Random random, string[] from) => from[random.Next(from.Length)];

    private static string Digits(Random random)
    {
        switch (random.Next(6))
        {
            case 0:
                return random.Next(1890, 2110).ToString(System.Globalization.CultureInfo.InvariantCulture);
            case 1:
                // thousands groups, sometimes malformed
                var sb = new StringBuilder(random.Next(1, 1000).ToString(System.Globalization.CultureInfo.InvariantCulture));
                for (var g = random.Next(1, 4); g > 0; g--)
                {
                    sb.Append(',').Append(random.Next(0, 10_000).ToString(random.Next(4) == 0 ? "0" : "000", System.Globalization.CultureInfo.InvariantCulture));
                }
                if (random.Next(3) == 0)
                {
                    sb.Append('.').Append(random.Next(0, 100));
                }
                return sb.ToString();
            case 2:
                return $"{random.Next(0, 100)}.{random.Next(0, 1000)}";
            case 3:
                return random.Next(2) == 0 ? "." + random.Next(10) : random.Next(10) + ".";
            default:
                var n = random.Next(1, 8);
                var chars = new char[n];
                for (var k = 0; k < n; k++)
                {
                    chars[k] = (char)('0' + random.Next(10));
                }
                return new string(chars);
        }
    }
}
