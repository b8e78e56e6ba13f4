using System.Text.RegularExpressions;

namespace ConflictWatch.Extraction.Dating;

/// <summary>
/// The date expressions <see cref="DateFinder"/> recognises, one alternative per kind, each a
/// named group that says which kind matched. <see cref="Pattern"/> is all of them in order of
/// preference; each At… regex holds, in the same order, only those that can begin with a given
/// word (or a number), and is tried anchored (\G) there. Where several alternatives match at a
/// place the first wins, so leaving out the ones that cannot begin there changes nothing.
/// </summary>
internal static partial class DatePatterns
{
    private const string M = CalendarNames.MonthPattern;
    private const string W = CalendarNames.WeekdayPattern;

    private const string Iso = $@"(?<iso>\b(?<iy>\d{{4}})-(?<im>\d{{2}})-(?<id>\d{{2}})\b)";
    private const string Slash = $@"(?<slash>\b(?<sd>\d{{1,2}})/(?<sm>\d{{1,2}})/(?<sy>\d{{4}})\b)";
    private const string Span = $@"(?<span>\b(?:[Bb]etween|[Ff]rom)\s+(?<pa>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:and|to)\s+(?<pb>\d{{1,2}})(?:st|nd|rd|th)?\s+(?<pm>{M})(?:,?\s+(?<py>\d{{4}}))?)";
    private const string Dash = $@"(?<dash>\b(?<da>\d{{1,2}})\s*[-–—]\s*(?<db>\d{{1,2}})\s+(?<dm>{M})(?:,?\s+(?<dy>\d{{4}}))?)";
    private const string Dmy = $@"(?<dmy>\b(?:{W},?\s+)?(?<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m1>{M})(?:,?\s+(?<y1>\d{{4}}))?)";
    private const string Mdy = $@"(?<mdy>\b(?:{W},?\s+)?(?<m2>{M})\s+(?<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:km|kilomet|mile|people|soldiers|civilians))(?:,?\s+(?<y2>\d{{4}}))?)";
    private const string Ord = $@"(?<ord>\b(?:[Oo]n\s+)?the\s+(?<od>\d{{1,2}})(?:st|nd|rd|th)\b)";
    private const string Part = $@"(?<part>\b(?<pp>early|mid|late|the end of|the beginning of|the start of|end of|beginning of|start of)[\s-]+(?<ppm>{M})(?:\s+(?<ppy>\d{{4}}))?)";
    private const string MonthYear = $@"(?<my>\b(?<m3>{M})\s+(?<y3>\d{{4}}))";
    private const string Month = $@"(?<mon>\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Tt]hroughout|[Bb]y|[Ll]ast|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id|[Uu]ntil)\s+(?<m4>{M})\b(?!\s+\d))";
    private const string Weekday = $@"(?<wd>\b(?<wp>[Oo]n\s+|[Ll]ast\s+|[Tt]his\s+|[Ee]arly\s+|[Ll]ate\s+)?(?<w>{W})(?<wt>\s+(?:morning|afternoon|evening|night))?\b)";
    private const string Relative = $@"(?<rel>\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Ll]ast night|[Oo]vernight|[Ee]arlier (?:today|this week|this month)|[Tt]his (?:morning|afternoon|evening|week|month)|[Ll]ast (?:week|month|weekend)|[Tt]he (?:previous|past) (?:week|weekend)|[Oo]ver the weekend|[Aa]t the weekend)\b)";
    private const string Ago = $@"(?<ago>\b(?<an>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+days?\s+ago\b)";
    private const string Later = $@"(?<later>\b(?<ln>\d+|[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)\s+(?<lu>days?|weeks?)\s+later\b|\b[Tt]he (?:next|following) day\b|\b[Tt]he day after\b|\b(?<same>[Tt]he same (?:day|evening|night|morning|afternoon)|[Ll]ater that (?:day|evening|night)|[Tt]hat (?:same )?(?:evening|night|afternoon))\b)";
    private const string Year = $@"(?<year>\b(?<yp>[Ii]n|[Ss]ince|[Ll]ate|[Ee]arly|[Mm]id|[Dd]uring|[Bb]y|[Uu]ntil|[Tt]hroughout)[\s-]+(?<y4>(?:19|20)\d{{2}})\b)";
    private const string LastYear = $@"(?<lastyear>\b(?:[Ll]ast|[Tt]his|[Pp]revious) year\b)";

    /// <summary>Every alternative, in order of preference (the pattern before it was split by start word).</summary>
    public const string Pattern = Iso + "|" + Slash + "|" + Span + "|" + Dash + "|" + Dmy + "|" + Mdy + "|" + Ord + "|" + Part + "|" + MonthYear + "|" + Month + "|" + Weekday + "|" + Relative + "|" + Ago + "|" + Later + "|" + Year + "|" + LastYear;

    private const string G = @"\G(?:";

    [GeneratedRegex(G + Iso + "|" + Slash + "|" + Dash + "|" + Dmy + "|" + Ago + "|" + Later + ")", RegexOptions.CultureInvariant)]
    public static partial Regex AtNumber();

    [GeneratedRegex(G + Mdy + "|" + MonthYear + ")", RegexOptions.CultureInvariant)]
    public static partial Regex AtMonth();

    [GeneratedRegex(G + Dmy + "|" + Mdy + "|" + Weekday + ")", RegexOptions.CultureInvariant)]
    public static partial Regex AtWeekday();

    [GeneratedRegex(G + Span + ")", RegexOptions.CultureInvariant)]
    public static partial Regex AtBetween();

    [GeneratedRegex(G + Ord + "|" + Weekday + ")", RegexOptions.CultureInvariant)]
    public static partial Regex AtOn();

    [GeneratedRegex(G + Ord + "|" + Part + "|" + Relative + "|" + Later + ")", RegexOptions.CultureInvariant)]
    public static partial Regex AtThe();

    /// <summary>At "early", "late" and "mid".</summary>
    [GeneratedRegex(G + Part + "|" + Month + "|" + Weekday + "|" + Year + ")", RegexOptions.CultureInvariant)]
    public static partial Regex AtEarly();

    /// <summary>At "end", "beginning" and "start".</summary>
    [GeneratedRegex(G + Part + ")", RegexOptions.CultureInvariant)]
    public static partial Regex AtEndOf();

    /// <summary>At "in", "during", "since", "throughout", "by" and "until".</summary>
    [GeneratedRegex(G + Month + "|" + Year + ")", RegexOptions.CultureInvariant)]
    public static partial Regex AtIn();

    /// <summary>At "last" and "this".</summary>
    [GeneratedRegex(G + Month + "|" + Weekday + "|" + Relative + "|" + LastYear + ")", RegexOptions.CultureInvariant)]
    public static partial Regex AtLast();

    /// <summary>At "yesterday", "today", "tonight", "overnight", "earlier", "over" and "at".</summary>
    [GeneratedRegex(G + Relative + ")", RegexOptions.CultureInvariant)]
    public static partial Regex AtRelative();

    /// <summary>At "one" to "ten".</summary>
    [GeneratedRegex(G + Ago + "|" + Later + ")", RegexOptions.CultureInvariant)]
    public static partial Regex AtCount();

    /// <summary>At "a", "later" and "that".</summary>
    [GeneratedRegex(G + Later + ")", RegexOptions.CultureInvariant)]
    public static partial Regex AtLater();

    /// <summary>At "previous".</summary>
    [GeneratedRegex(G + LastYear + ")", RegexOptions.CultureInvariant)]
    public static partial Regex AtLastYear();
}
