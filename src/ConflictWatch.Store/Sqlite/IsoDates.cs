using System.Globalization;

namespace ConflictWatch.Store.Sqlite;

/// <summary>
/// Stored dates ("yyyy-MM-dd") back to <see cref="DateOnly"/>. The general parser cost as much as the
/// rest of reading an event row; a well-formed date is read digit by digit, anything else goes to
/// <see cref="DateOnly.ParseExact(string, string, IFormatProvider?, DateTimeStyles)"/>, which accepts
/// or rejects it exactly as before.
/// </summary>
internal static class IsoDates
{
    public static DateOnly Parse(string s)
    {
        if (s.Length == 10 && s[4] == '-' && s[7] == '-'
            && Digits(s, 0, 4) is var y and >= 1 && Digits(s, 5, 2) is var m and >= 1 and <= 12
            && Digits(s, 8, 2) is var d and >= 1 && d <= DateTime.DaysInMonth(y, m))
        {
            return new DateOnly(y, m, d);
        }
        return DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>The number written by <paramref name="count"/> ASCII digits from <paramref name="at"/>, or -1.</summary>
    private static int Digits(string s, int at, int count)
    {
        var n = 0;
        for (var i = at; i < at + count; i++)
        {
            var c = s[i];
            if (c is < '0' or > '9')
            {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
