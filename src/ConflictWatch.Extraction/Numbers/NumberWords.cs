using System.Globalization;

namespace ConflictWatch.Extraction.Numbers;

/// <summary>
/// Number words and ACLED's vague counts ("dozens" = 12, "several" = 3, "tens" = 10,
/// "hundreds" = 100), so that "Seventeen soldiers" and "dozens of attackers" get figures.
/// </summary>
public static class NumberWords
{
    private static readonly Dictionary<string, int> UnitTable = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["no"] = 0, ["one"] = 1, ["a"] = 1, ["an"] = 1, ["single"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["dozen"] = 12, ["hundred"] = 100, ["thousand"] = 1000, ["million"] = 1_000_000, ["both"] = 2, ["couple"] = 2, ["pair"] = 2,
    };

    private static readonly Dictionary<string, int> VagueTable = new(StringComparer.OrdinalIgnoreCase)
    {
        ["several"] = 3, ["a few"] = 3, ["few"] = 3, ["a handful of"] = 3, ["a handful"] = 3, ["some"] = 3, ["many"] = 10, ["numerous"] = 10, ["multiple"] = 3,
        ["tens"] = 10, ["tens of"] = 10, ["dozens"] = 12, ["dozens of"] = 12, ["scores"] = 20, ["scores of"] = 20, ["hundreds"] = 100, ["hundreds of"] = 100,
        ["thousands"] = 1000, ["thousands of"] = 1000, ["a dozen"] = 12, ["several dozen"] = 24, ["several hundred"] = 200, ["several thousand"] = 2000,
        ["a hundred"] = 100, ["a thousand"] = 1000,
    };

    public static readonly IReadOnlyDictionary<string, int> Units = UnitTable;

    /// <summary>Vague quantities as ACLED codes them.</summary>
    public static readonly IReadOnlyDictionary<string, int> Vague = VagueTable;

    /// <summary><see cref="Units"/> looked up by span, so the count scanner reads values without allocating.</summary>
    internal static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> UnitsBySpan = UnitTable.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary><see cref="Vague"/> looked up by span.</summary>
    internal static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> VagueBySpan = VagueTable.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A small number given in digits or words ("three days ago", "a week later").</summary>
    public static int SmallNumber(string s) =>
        int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : Units.TryGetValue(s, out var u) ? u : 1;

    /// <summary>"twenty-three", "one hundred and five", "1,277", "1.8 million": the value, or null.</summary>
    public static double? Parse(string s)
    {
        s = s.Trim().ToLowerInvariant();
        if (Vague.TryGetValue(s, out var vague))
        {
            return vague;
        }
        var words = s.Replace('-', ' ').Replace(",", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        double total = 0, current = 0;
        var any = false;
        foreach (var w in words)
        {
            if (w == "and")
            {
                continue;
            }
            if (!Step(w, ref total, ref current))
            {
                return null;
            }
            any = true;
        }
        return any ? total + current : null;
    }

    /// <summary>
    /// Adds one lower-case word of a number phrase: a figure or unit word adds to the current group,
    /// "hundred" and "dozen" scale it, "thousand" and "million" close it into the total. False for a
    /// word that is not a number. Shared with the allocation-free reader of the count scanner.
    /// </summary>
    internal static bool Step(ReadOnlySpan<char> w, ref double total, ref double current)
    {
        if (double.TryParse(w, NumberStyles.Float, CultureInfo.InvariantCulture, out var num))
        {
            current += num;
        }
        else if (w is "hundred")
        {
            current = (current == 0 ? 1 : current) * 100;
        }
        else if (w is "thousand" or "million")
        {
            total += (current == 0 ? 1 : current) * (w is "thousand" ? 1000 : 1_000_000);
            current = 0;
        }
        else if (w is "dozen")
        {
            current = (current == 0 ? 1 : current) * 12;
        }
        else if (UnitsBySpan.TryGetValue(w, out var u))
        {
            current += u;
        }
        else
        {
            return false;
        }
        return true;
    }
}
