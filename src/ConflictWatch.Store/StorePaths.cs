namespace ConflictWatch.Store;

/// <summary>Where the database lives unless --db says otherwise: the user's data directory, so every command finds it.</summary>
public static class StorePaths
{
    public static string DefaultDatabase() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "conflictwatch", "conflictwatch.db");
}
