using System.Globalization;
using Simulation.Experiments.Outcomes;

namespace Simulation.Experiments.Sweeps;

/// <summary>
/// What each column of a sweep's table means, in words: written beside the table (its manifest, its Parquet parts'
/// metadata) so that a table passed on alone can be read without the documentation or the source.
/// </summary>
public static class SweepGlossary
{
    /// <summary>Returns every column of <paramref name="experiment"/>'s sweep (<see cref="SweepColumns"/>) with its meaning.</summary>
    public static IReadOnlyDictionary<string, string> For(Experiment experiment)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        var scenario = experiment.Scenario.Model;
        var modes = ModeCatalogue.From(scenario).Labels;
        var glossary = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["point"] = "design point, numbered from 0 in the design's order",
            ["regime"] = "regime mode: " + string.Join("; ", modes.Select(m => $"{m.Mode} = {m.Label}"))
                + " (the timeline applies the regime in force year by year; any other mode applies its regime in every year)",
        };
        foreach (var factor in experiment.Factors)
        {
            glossary[factor.Name] = $"factor: the value this point gives {factor.Parameter.Text}, within [{Number(factor.Min)}, {Number(factor.Max)}]";
        }
        glossary["seed"] = experiment.CommonRandomNumbers
            ? "the point's seed: the experiment's, the same at every point (common random numbers), which takes much of the sampling noise out of differences between points but not all of it (once a point's replication takes another branch, its later draws serve other choices); the _ci_ columns are each point's own"
            : "the point's own seed, which regsim run --seed and regsim eval take to run the point again";
        glossary["replications"] = "replications of the point, each run under every regime mode";
        const string Interval = "Student's t with n - 1 degrees of freedom: the Monte Carlo error of this many replications, not the "
            + "uncertainty of the inputs; a normal-theory interval, so with few replications it may pass the metric's own bounds "
            + "(below 0 for a count), and empty for a point of one replication";
        foreach (var metric in OutcomeMetrics.For(scenario))
        {
            glossary[$"{metric.Name}_mean"] = $"{metric.Description}: mean over the point's replications";
            glossary[$"{metric.Name}_ci_low"] = $"lower end of the 95 % interval of {metric.Name}_mean ({Interval})";
            glossary[$"{metric.Name}_ci_high"] = $"upper end of the 95 % interval of {metric.Name}_mean ({Interval})";
        }
        foreach (var project in scenario.Projects)
        {
            foreach (var region in scenario.Regions)
            {
                glossary[$"win_{project.Id}_{region.Id}"] =
                    $"share of the point's replications in which {region.Name} won {project.Name}, alone or in a joint bid; with k = share × "
                    + "replications wins, its 95 % Clopper-Pearson interval is R's binom.test(k, n)$conf.int or scipy's "
                    + "binomtest(k, n).proportion_ci(method='exact'), as regsim run's win_probabilities.csv gives it";
            }
        }
        return glossary;
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
