using Simulation.Application;

namespace Simulation.Application.Tests;

/// <summary>Progress that remembers what a use case reported, so a test can see that long work shows it is moving.</summary>
internal sealed class RecordingProgress : IWorkProgress
{
    public List<(string Description, long Total)> Tracked { get; } = [];

    public List<long> Reports { get; } = [];

    public List<string> Notes { get; } = [];

    public List<string> Steps { get; } = [];

    public T Track<T>(string description, long total, Func<IProgress<long>?, T> work)
    {
        Tracked.Add((description, total));
        return work(new Sink(Reports));
    }

    public void Note(string message) => Notes.Add(message);

    public void Step(string message) => Steps.Add(message);

    private sealed class Sink(List<long> reports) : IProgress<long>
    {
        public void Report(long value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
