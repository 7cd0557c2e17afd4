namespace Simulation.Output;

/// <summary>
/// The lock a command holds on a folder it appends its journal to (a sweep's or a shard's points, a calibration's particles)
/// for as long as it writes there: a file held open unshared, which the operating system lets go however the process ends.
/// Two runs into one folder (a job array submitted twice) would each run every point the other runs; the second is refused.
/// </summary>
public sealed class JournalLock : IDisposable
{
    /// <summary>The lock's file name inside the folder.</summary>
    public const string Name = ".regsim.lock";

    private readonly FileStream _held;
    private readonly string _path;
    private bool _released;

    private JournalLock(FileStream held, string path) => (_held, _path) = (held, path);

    /// <summary>Takes the lock of <paramref name="directory"/> (created if need be).</summary>
    /// <exception cref="FolderInUseException">Another writer holds it (its process cannot be read from a file it holds
    /// unshared, so it is not named).</exception>
    /// <exception cref="IOException">The folder cannot be created or written in (no permission): said of the folder, not of
    /// the lock's file, which is not the user's.</exception>
    public static JournalLock Take(string directory)
    {
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (UnauthorizedAccessException e)
        {
            var full = Path.GetFullPath(directory);
            throw new IOException($"no permission to create a folder in '{Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar)) ?? full}'", e);
        }
        var path = Path.Combine(directory, Name);
        try
        {
            return new JournalLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None), path);
        }
        catch (IOException) when (File.Exists(path))
        {
            throw new FolderInUseException(directory, directory, null);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new IOException($"cannot write in '{Path.GetFullPath(directory)}' (no permission): the results are written there as they come, "
                + "so it must be writable; make it so, or give another --out", e);
        }
    }

    /// <summary>Takes the lock of <paramref name="directory"/> and opens the journal there with <paramref name="open"/>, which
    /// keeps the lock for as long as the journal is open; the lock goes again when opening fails.</summary>
    /// <exception cref="FolderInUseException">Another writer holds it.</exception>
    public static T Open<T>(string directory, Func<JournalLock, T> open)
    {
        var held = Take(directory);
        try
        {
            return open(held);
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    /// <summary>Lets the lock go and removes its file, so that the folder holds only the results; once only, so that a second
    /// call never removes the file of a lock another writer has taken since.</summary>
    public void Dispose()
    {
        if (_released)
        {
            return;
        }
        _released = true;
        FileReplacement.Discard(_path);
        _held.Dispose();
    }
}
