namespace Simulation.Application;

/// <summary>Progress nobody watches: a quiet command, a test or a batch job.</summary>
public sealed class SilentProgress : IWorkProgress
{
    /// <summary>The one instance; it holds no state.</summary>
    public static SilentProgress Instance { get; } = new();

    /// <inheritdoc />
    public T Track<T>(string description, long total, Func<IProgress<long>?, T> work) => work(null);

    /// <inheritdoc />
    public void Note(string message)
    {
    }

    /// <inheritdoc />
    public void Step(string message)
    {
    }
}
