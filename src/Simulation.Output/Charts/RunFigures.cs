using ScottPlot;
using Simulation.Core;
using Simulation.Core.Projects;
using Simulation.Experiments;
using Simulation.Experiments.Outcomes;

namespace Simulation.Output.Charts;

/// <summary>
/// The figures of a run, decided once for every presentation of it (the plots of <c>regsim run</c>, <c>report.html</c> and
/// the classroom page): one win-probability chart per project over the scenario's compared regimes, then the distribution of
/// each metric in <see cref="Distributions"/> across the regime modes run, labelled by the scenario's own mode names.
/// </summary>
public static class RunFigures
{
    /// <summary>The distributions shown, in order: inequality of resources, then rent dissipation.</summary>
    public static IReadOnlyList<DistributionFigure> Distributions { get; } =
    [
        new(OutcomeMetrics.Gini, "distribution_gini", "Inequality of national resources across regions, by regime",
            "Gini of national resources per capita across regions"),
        new(OutcomeMetrics.RentDissipation, "distribution_rent_dissipation", "Rent dissipation in project competitions, by regime",
            "Rent dissipation (total effort / prize value)"),
    ];

    /// <summary>Returns the chart of who wins <paramref name="project"/>, by compared regime, with 95 % intervals.</summary>
    public static Plot WinProbability(Scenario scenario, RunResult result, NationalProject project) =>
        WinProbabilityChart.Create(project.Name, [.. result.WinProbabilities.Where(w => w.Project == project.Id)], result.Catalogue.ComparedLabels,
            [.. scenario.Regions.Select(r => (r.Id, r.Name))], project.Candidates.Select(i => scenario.Regions[i].Id).ToHashSet(StringComparer.Ordinal),
            ModeColors(result));

    // Each mode's palette index: its place among the modes whose distributions are drawn (every mode run), so that a regime
    // has the same colour in the charts of who wins, which show only the compared ones, as in the distributions.
    private static Func<string, int> ModeColors(RunResult result)
    {
        var modes = result.Modes.ToList();
        return mode => Math.Max(0, modes.IndexOf(mode));
    }

    /// <summary>Returns the histogram of <paramref name="figure"/>'s metric in every mode run.</summary>
    public static Plot Distribution(RunResult result, DistributionFigure figure) =>
        DistributionChart.Create(figure.Title, figure.XLabel, Samples(result, figure));

    /// <summary>Returns the kept values of <paramref name="figure"/>'s metric per mode label (what <see cref="Distribution"/> plots).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<double>> Samples(RunResult result, DistributionFigure figure) =>
        result.Modes.Where(mode => result.Samples.ContainsKey((figure.Metric, mode)))
            .ToDictionary(result.Catalogue.Label, mode => result.Samples[(figure.Metric, mode)]);
}
