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
        if (TryIso(text, out date))
        {
            return true;
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

    /// <summary>
    /// "yyyy-MM-dd", the format of every current export, read digit by digit: the general format list
    /// cost more per row than the rest of the row. Anything else (or an impossible day) goes the general way.
    /// </summary>
    private static bool TryIso(string t, out DateOnly date)
    {
        date = default;
        if (t.Length != 10 || t[4] != '-' || t[7] != '-')
        {
            return false;
        }
        int year = 0, month = 0, day = 0;
        for (var i = 0; i < 10; i++)
        {
            if (i is 4 or 7)
            {
                continue;
            }
            var d = t[i] - '0';
            if ((uint)d > 9)
            {
                return false;
            }
            if (i < 4)
            {
                year = year * 10 + d;
            }
            else if (i < 7)
            {
                month = month * 10 + d;
            }
            else
            {
                day = day * 10 + d;
            }
        }
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }
}
