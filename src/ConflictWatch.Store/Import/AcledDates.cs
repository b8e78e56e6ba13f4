using System.Globalization;

namespace ConflictWatch.Store.Import;

/// <summary>Every date format ACLED exports have used: "2020-07-31", "03 December 2020", "16-Feb-21" (and close variants).</summary>
public static class AcledDates
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "dd MMMM yyyy", "d MMMM yyyy", "dd-MMM-yy", "d-MMM-yy", "dd MMM yyyy", "d MMM yyyy", "dd-MMM-yyyy", "d-MMM-yyyy", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss",
    ];

    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var t = text.Trim();
        if (t.Length > 19 && t[4] == '-' && t[10] is ' ' or 'T')
        {
            t = t[..19];
        }
        if (DateTime.TryParseExact(t, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt))
        {
            date = DateOnly.FromDateTime(dt);
            return true;
        }
        return false;
    }
}
