using Simulation.Experiments.Calibration;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sweeps;

namespace Simulation.Experiments.Sensitivity;

/// <summary>
/// A sensitivity study whose factors are the numbers a scenario marks as uncertain (its priors), each varied over its
/// prior, so a screening tells which assumptions of the scenario decide its results without an experiment file.
/// </summary>
/// <param name="Experiment">The scenario as an experiment: one factor per prior, named by its path, in document order.</param>
/// <param name="Priors">The priors, in the factors' order.</param>
public sealed record PriorScreening(Experiment Experiment, IReadOnlyList<Prior> Priors)
{
    /// <summary>Probability left in each tail of a normal prior, and of a uniform prior on an index's component weight that
    /// reaches down to 0: its design levels run from the 2.5 % to the 97.5 % quantile, so the extreme levels of a normal prior
    /// are plausible values rather than the ends of its (wide) truncation, and no point sets every weight of an index to 0.</summary>
    public const double Tail = 0.025;

    /// <summary>Returns the screening of <paramref name="scenario"/>'s priors, each design point running
    /// <paramref name="replicationsPerPoint"/> replications from <paramref name="seed"/> (common random numbers); throws
    /// <see cref="ScenarioException"/> naming the file when the scenario marks no parameter as uncertain or a prior is malformed.</summary>
    /// <remarks>An index's weighted sum is standardised again, so only its weights relative to one another count, and an index
    /// whose weights are all 0 has none (<see cref="WeightlessIndices"/>). Morris's grid includes each factor's ends, and would
    /// put every weight of an index with priors from 0 at 0 at once on about one point in p^k (p levels, k weights); those
    /// priors are screened over their central 95 % instead (<see cref="CentralFactorOf"/>), as normal priors are, and the
    /// corner, which has no probability under the priors, is never evaluated.</remarks>
    public static PriorScreening Create(LoadedScenario scenario, int replicationsPerPoint, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfLessThan(replicationsPerPoint, 1);
        var priors = ScenarioPriors.Find(scenario);
        if (priors.Count == 0)
        {
            throw new ScenarioException(scenario.File.Path, "$",
                "no parameter has a 'prior', so there is nothing to screen: mark the uncertain numbers (docs/scenario-format.md, Priors)");
        }
        // The design is the sensitivity method's own; the sweep design fields are not used.
        // ScenarioPriors.Find checked every prior's support against the schema (both ends and a fraction between), so the
        // points are read without checking it again.
        var weights = WeightlessIndices.Of(scenario.Document, [.. priors.Select(p => p.Path)]);
        var factors = priors.Select((p, i) => (weights.IsWeight(i) && !(p.Min > 0) ? CentralFactorOf(p) : FactorOf(p)) with { RangeChecked = true });
        var experiment = new Experiment($"{scenario.Model.Name}-priors", scenario, [.. factors], DesignKind.LatinHypercube, 0,
            replicationsPerPoint, seed, CommonRandomNumbers: true, [], scenario.File);
        return new PriorScreening(experiment, priors);
    }

    /// <summary>Returns the factor that varies <paramref name="prior"/>'s parameter over its prior: a uniform prior linearly from
    /// min to max, a normal one over its central 95 % (<see cref="CentralFactorOf"/>).</summary>
    public static Factor FactorOf(Prior prior)
    {
        ArgumentNullException.ThrowIfNull(prior);
        return prior.Distribution == PriorDistribution.Uniform ? new Factor(prior.Path.Text, prior.Path, prior.Min, prior.Max, []) : CentralFactorOf(prior);
    }

    /// <summary>Returns the factor that varies <paramref name="prior"/>'s parameter through its quantile function from the
    /// <see cref="Tail"/> to the 1 − <see cref="Tail"/> quantile (of a normal prior truncated to [min, max]), so equally
    /// spaced design levels are equally probable values and neither end of the support is one of them.</summary>
    public static Factor CentralFactorOf(Prior prior)
    {
        ArgumentNullException.ThrowIfNull(prior);
        double Quantile(double unit) => prior.Quantile(Tail + ((1 - (2 * Tail)) * Math.Clamp(unit, 0, 1)));
        return new Factor(prior.Path.Text, prior.Path, Quantile(0), Quantile(1), [], Quantile);
    }
}
