namespace Simulation.Application;

/// <summary>
/// How a use case shows that long work is moving, without knowing whether a terminal bar, a page's event stream or nothing
/// at all is listening: the host decides.
/// </summary>
public interface IWorkProgress
{
    /// <summary>Runs <paramref name="work"/>, giving it a sink for absolute progress out of <paramref name="total"/>, or null
    /// when nobody watches; returns what the work returns.</summary>
    T Track<T>(string description, long total, Func<IProgress<long>?, T> work);

    /// <summary>Says something the user must know even when not watching (work resumed from an earlier run).</summary>
    void Note(string message);

    /// <summary>Says that a step of long work finished (a validation family, a tempering stage), for whoever watches.</summary>
    void Step(string message);
}
