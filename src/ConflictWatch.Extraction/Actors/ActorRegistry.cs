using System.Globalization;
using ConflictWatch.Core;

namespace ConflictWatch.Extraction.Actors;

/// <summary>
/// The actor registry of data/actors/: named actors with aliases, inter codes and dated renamings,
/// and the generic descriptors ("gunmen", "soldiers", "villagers") with the ACLED-style name each
/// becomes. Loaded once; shared by every pipeline.
/// </summary>
public sealed class ActorRegistry
{
    public IReadOnlyList<Actor> Actors { get; }

    /// <summary>(alias, case-sensitive, actor) for registry actors.</summary>
    public IReadOnlyList<(string Alias, bool CaseSensitive, Actor Actor)> Aliases { get; }

    /// <summary>(descriptor, case-sensitive, role, template, inter) for generic descriptors.</summary>
    public IReadOnlyList<(string Descriptor, bool CaseSensitive, ActorRole Role, string Template, int Inter)> Descriptors { get; }

    private static readonly Lazy<ActorRegistry> Default = new(() => new ActorRegistry());

    public static ActorRegistry Shared => Default.Value;

    private ActorRegistry()
    {
        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var aliases = new List<(string, bool, Actor)>();
        foreach (var row in DataFiles.Tsv("actors/actors.tsv"))
        {
            var name = row[0];
            var inter = int.Parse(row[1], CultureInfo.InvariantCulture);
            var country = row[2] == "-" ? null : row[2];
            var names = row.Length > 3 ? row[3].Split('|', StringSplitOptions.RemoveEmptyEntries) : [];
            var renames = row.Length > 4 && row[4].Length > 0
                ? row[4].Split('|').Select(r => r.Split('@')).Select(p => new ActorRename(p[0], DateOnly.ParseExact(p[1], "yyyy-MM-dd", CultureInfo.InvariantCulture))).ToList()
                : [];
            var elsewhere = row.Length > 5 && row[5].Length > 0 ? row[5] : null;
            if (!actors.TryGetValue(name, out var actor))
            {
                actor = new Actor(name, inter, country, [], renames, elsewhere);
                actors[name] = actor;
            }
            foreach (var a in names)
            {
                aliases.Add(a.StartsWith('=') ? (a[1..], true, actor) : (a, false, actor));
            }
        }
        Actors = [.. actors.Values];
        Aliases = aliases;

        var descriptors = new List<(string, bool, ActorRole, string, int)>();
        foreach (var row in DataFiles.Tsv("actors/descriptors.tsv"))
        {
            var role = Enum.Parse<ActorRole>(row[0], ignoreCase: true);
            var inter = int.Parse(row[2], CultureInfo.InvariantCulture);
            foreach (var d in row[3].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                descriptors.Add(d.StartsWith('=') ? (d[1..], true, role, row[1], inter) : (d, false, role, row[1], inter));
            }
        }
        Descriptors = descriptors;
    }

    public Actor? ByName(string name) => Actors.FirstOrDefault(a => a.Name == name);
}
