using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Sweeps;

/// <summary>
/// The factors of an experiment that the model never reads in its scenario's regime modes (<see cref="ModelReads"/>): every
/// level of one gives the same results, so a sweep or a study spends its points on it for nothing. Said before the points run,
/// as a screening of priors names its placebos, rather than found in identical rows hours later.
/// </summary>
public static class PlaceboFactors
{
    /// <summary>Returns a note per factor of <paramref name="experiment"/> the model does not read, naming the experiment
    /// file, the factor, its parameter and why; none when the model reads every factor.</summary>
    public static IReadOnlyList<string> Notes(Experiment experiment)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        var reads = ModelReads.Of(experiment.Scenario, experiment.Scenario.Model.Modes());
        return [.. experiment.Factors
            .Select(f => (Factor: f, Why: reads.Unread(f.Parameter)))
            .Where(x => x.Why is not null)
            .Select(x => $"{experiment.File.Path}: factor '{x.Factor.Name}' sets {x.Factor.Parameter.Text}, which the model does not read in any "
                + $"regime mode of this scenario ({x.Why}): every level gives the same results")];
    }
}
