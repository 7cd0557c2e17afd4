namespace Simulation.Application.Tests;

// Cancels the token once the work has reported `after` steps, as Ctrl-C in the middle of a run would.
internal sealed class CancellingProgress(CancellationTokenSource cancel, int after) : IWorkProgress
{
    public T Track<T>(string description, long total, Func<IProgress<long>?, T> work) => work(new Sink(cancel, after));

    public void Note(string message)
    {
    }

    public void Step(string message)
    {
    }

    private sealed class Sink(CancellationTokenSource cancel, int after) : IProgress<long>
    {
        private int _reports;

        public void Report(long value)
        {
            if (Interlocked.Increment(ref _reports) > after)
            {
                cancel.Cancel();
            }
        }
    }
}
