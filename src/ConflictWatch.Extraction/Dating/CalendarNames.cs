namespace ConflictWatch.Extraction.Dating;

/// <summary>Month and weekday names and the calendar arithmetic relative dates need.</summary>
public static class CalendarNames
{
    public const string MonthPattern = @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?";
    public const string WeekdayPattern = @"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    /// <summary>The words of <see cref="MonthPattern"/>, lower case.</summary>
    public static readonly string[] MonthWords = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec"];

    /// <summary>The words of <see cref="WeekdayPattern"/>, lower case.</summary>
    public static readonly string[] WeekdayWords = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>The first three letters of every month name, lower case: enough to tell where one may begin.</summary>
    public static readonly string[] MonthStarts = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The first three letters of every weekday name, lower case.</summary>
    public static readonly string[] WeekdayStarts = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    public static int Month(string name) => name.TrimEnd('.').ToLowerInvariant()[..3] switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => throw new ArgumentException($"not a month: {name}"),
    };

    /// <summary>True when the text starts with a month name ("12 April" is a date, not a count of 12).</summary>
    public static bool MonthPatternStarts(ReadOnlySpan<char> text)
    {
        if (text.Length < 3 || !char.IsUpper(text[0]))
        {
            return false;
        }
        Span<char> p = stackalloc char[3];
        text[..3].ToLowerInvariant(p);
        foreach (var m in MonthStarts)
        {
            if (p.SequenceEqual(m) && (text.Length == 3 || !char.IsLetter(text[3]) || char.IsLower(text[3])))
            {
                return text.Length == 3 || text[3] is '.' or ' ' or ',' || IsFullMonth(text);
            }
        }
        return false;
    }

    private static bool IsFullMonth(ReadOnlySpan<char> text)
    {
        string[] full = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December", "Sept"];
        foreach (var f in full)
        {
            if (text.StartsWith(f, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    public static DayOfWeek Weekday(string name) => Enum.Parse<DayOfWeek>(name, ignoreCase: true);

    /// <summary>A valid date or null (31 February is an impossible date, not an exception).</summary>
    public static DateOnly? Make(int year, int month, int day) =>
        year is >= 1900 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>A day and month without year: the latest such date not more than a week after the reference.</summary>
    public static DateOnly? Nearest(int month, int day, DateOnly reference)
    {
        var d = Make(reference.Year, month, day);
        if (d is null && month == 2 && day == 29)
        {
            d = Make(reference.Year - 1, month, day);
        }
        if (d is { } v && v > reference.AddDays(7))
        {
            return Make(reference.Year - 1, month, day);
        }
        return d;
    }

    /// <summary>The most recent weekday on or before the reference ("on Sunday" in a Monday report).</summary>
    public static DateOnly LastWeekday(DayOfWeek day, DateOnly reference)
    {
        var diff = ((int)reference.DayOfWeek - (int)day + 7) % 7;
        return reference.AddDays(-diff);
    }

    /// <summary>The middle (Thursday) of the Monday–Sunday week before the reference.</summary>
    public static DateOnly MiddleOfLastWeek(DateOnly reference)
    {
        var monday = reference.AddDays(-(((int)reference.DayOfWeek + 6) % 7));
        return monday.AddDays(-7 + 3);
    }

    /// <summary>The most recent month of that name on or before the reference month, on its 15th.</summary>
    public static DateOnly LastMonth(int month, DateOnly reference) =>
        new(month <= reference.Month ? reference.Year : reference.Year - 1, month, 15);
}
