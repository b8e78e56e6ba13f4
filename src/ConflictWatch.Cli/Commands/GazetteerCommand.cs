using System.CommandLine;

namespace ConflictWatch.Cli.Commands;

/// <summary><c>gazetteer import FILE... --output DIR</c>: compiles GeoNames dumps into the index <c>extract --gazetteer</c> loads.</summary>
public static class GazetteerCommand
{
    public static Command Create()
    {
        var cmd = new Command("gazetteer", "Build and inspect gazetteer indexes.");
        return cmd;
    }
}
