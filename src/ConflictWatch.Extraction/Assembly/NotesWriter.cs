using System.Globalization;
using ConflictWatch.Core;

namespace ConflictWatch.Extraction.Assembly;

/// <summary>
/// ACLED-style one-sentence notes: "On 6 April 2023, Unidentified Armed Group (Mali) attacked
/// Police Forces of Mali near Bamako (Bamako), killing 4-5." Written from the coded fields so the
/// note never says more than the event does.
/// </summary>
public static class NotesWriter
{
    public static string Write(ConflictEvent e)
    {
        var date = e.TimePrecision switch
        {
            3 => $"In {e.EventDate.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}",
            2 => $"Around {e.EventDate.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}",
            _ => $"On {e.EventDate.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}",
        };
        var where = e.Admin1 is { } a1 && !string.Equals(a1, e.Location, StringComparison.OrdinalIgnoreCase) ? $"{e.Location} ({a1}, {e.Country})" : $"{e.Location} ({e.Country})";
        var place = e.Location.StartsWith("near ", StringComparison.Ordinal) || e.Location.StartsWith("between ", StringComparison.Ordinal) || char.IsDigit(e.Location[0]) ? where : $"in {where}";
        var other = e.Actor2 is null ? "" : $" {e.Actor2}";
        var action = e.SubEventType switch
        {
            "Armed clash" => $"clashed with{other}",
            "Government regains territory" => $"regained control from{other}",
            "Non-state actor overtakes territory" => $"took control of territory from{other}",
            "Air/drone strike" => $"carried out an air or drone strike against{other}",
            "Suicide bomb" => $"carried out a suicide bombing against{other}",
            "Shelling/artillery/missile attack" => $"shelled{other}",
            "Remote explosive/landmine/IED" => $"used an explosive device against{other}",
            "Grenade" => $"threw a grenade at{other}",
            "Sexual violence" => $"committed sexual violence against{other}",
            "Attack" => $"attacked{other}",
            "Abduction/forced disappearance" => $"abducted{other}",
            "Peaceful protest" => "demonstrated peacefully",
            "Protest with intervention" => $"demonstrated and were dispersed by{other}",
            "Excessive force against protesters" => $"used excessive force against{other}",
            "Violent demonstration" => e.Actor2 is null ? "rioted" : $"rioted and clashed with{other}",
            "Mob violence" => $"attacked{other} in mob violence",
            "Arrests" => $"arrested{other}",
            "Agreement" => e.Actor2 is null ? "reached an agreement" : $"reached an agreement with{other}",
            "Disrupted weapons use" => "defused or seized explosives",
            "Headquarters or base established" => "established a base",
            "Looting/property destruction" => "looted or destroyed property",
            "Non-violent transfer of territory" => "took over territory without a fight",
            "Change to group/activity" => "changed its activity",
            _ => "was reported active",
        };
        var toll = e.FatalitiesHigh is { } hi ? $"{e.Fatalities}-{hi}" : e.Fatalities.ToString(CultureInfo.InvariantCulture);
        var tail = e.Fatalities > 0 || e.FatalitiesHigh > 0 ? $", killing {toll}" : "";
        if (e.Kidnapped is > 0)
        {
            tail += $"{(tail.Length > 0 ? " and" : ",")} abducting {e.Kidnapped}";
        }
        return $"{date}, {e.Actor1} {action} {place}{tail}.";
    }
}
