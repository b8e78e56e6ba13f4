using System.CommandLine;
using ConflictWatch.Core;
using ConflictWatch.Store;
using ConflictWatch.Store.Sqlite;

namespace ConflictWatch.Cli.Options;

/// <summary>What every store command shares: --db, opening the store, turning library errors into exit codes.</summary>
public static class StoreOptions
{
    public static Option<string?> Db() => new("--db") { Description = "database file (default: the user's data directory, conflictwatch/conflictwatch.db)" };

    public static SqliteStore Open(string? db) => SqliteStore.Open(db ?? StorePaths.DefaultDatabase());

    public static Option<string?> User() => new("--user") { Description = "who makes the change, for the audit history (default: $USER)" };

    public static string UserName(string? given) => given ?? Environment.GetEnvironmentVariable("USER") ?? Environment.UserName;

    /// <summary>Runs a command body; a library error is printed as one line and gives exit code 2.</summary>
    public static int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (ConflictWatchException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }
}
