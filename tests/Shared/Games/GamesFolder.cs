using Microsoft.Data.Sqlite;

namespace Simulation.Tests.Shared;

/// <summary>A temporary data folder for the games database, deleted with everything in it when the test is done; SQLite's
/// pooled connections (a test's own, opened to inspect or damage the file) are closed first, so none holds the file open.</summary>
internal sealed class GamesFolder(string prefix) : IDisposable
{
    /// <summary>The folder's path.</summary>
    public string Path { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
