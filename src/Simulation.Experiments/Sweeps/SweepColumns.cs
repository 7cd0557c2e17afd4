using Simulation.Experiments.Outcomes;

namespace Simulation.Experiments.Sweeps;

/// <summary>
/// The columns of a sweep's table, derived predictably from the experiment: identifiers, one column per factor, then for
/// every outcome metric its mean and 95 % interval, then every region's win probability for every project.
/// </summary>
public sealed record SweepColumns(IReadOnlyList<string> Factors, IReadOnlyList<string> Metrics, IReadOnlyList<string> WinProbabilities)
{
    /// <summary>The identifying columns that start every row.</summary>
    public static readonly IReadOnlyList<string> Identifiers = ["point", "regime"];

    /// <summary>Returns the columns of an experiment.</summary>
    public static SweepColumns For(Experiment experiment) => For(experiment.Scenario.Model, experiment.Factors.Select(f => f.Name).ToList());

    /// <summary>The columns every sweep of <paramref name="scenario"/> has besides its factors' (identifiers, seed, replications,
    /// outcomes, win probabilities): names a factor may not take, or two columns would share one.</summary>
    public static IReadOnlySet<string> Fixed(Core.Scenario scenario) => For(scenario, []).Names().ToHashSet(StringComparer.Ordinal);

    private static SweepColumns For(Core.Scenario scenario, IReadOnlyList<string> factors) => new(
        factors,
        OutcomeMetrics.For(scenario).Select(m => m.Name).ToList(),
        scenario.Projects.SelectMany(p => scenario.Regions.Select(r => $"win_{p.Id}_{r.Id}")).ToList());

    /// <summary>Every column name, in order.</summary>
    public IEnumerable<string> Names() =>
        Identifiers
            .Concat(Factors)
            .Concat(["seed", "replications"])
            .Concat(Metrics.SelectMany(m => new[] { $"{m}_mean", $"{m}_ci_low", $"{m}_ci_high" }))
            .Concat(WinProbabilities);
}
