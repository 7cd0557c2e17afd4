namespace Simulation.Output.Tests.Files;

public class JournalLockTests
{
    [Fact]
    public void ASecondWriter_IsRefusedNamingTheFolder_UntilTheFirstLetsGo()
    {
        using var folder = new TempFolder();
        var first = JournalLock.Take(folder.Path);

        var refused = Assert.Throws<FolderInUseException>(() => JournalLock.Take(folder.Path));
        Assert.Equal($"another run is writing to '{folder.Path}'; wait until it has finished, or choose another folder", refused.Message);

        first.Dispose();
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path)); // the lock's file goes with it
        JournalLock.Take(folder.Path).Dispose();
    }
}
