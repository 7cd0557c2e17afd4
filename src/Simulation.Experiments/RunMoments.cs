using Simulation.Experiments.Statistics;

namespace Simulation.Experiments;

/// <summary>What a sweep's or a screening's point reads of a Monte Carlo run: per mode, each metric's count, mean and
/// standard deviation and each win probability, the same numbers a full <see cref="RunResult"/> gives, without its
/// percentiles, win-probability intervals and plotted values, which cost a sort per metric and a root-finding per
/// interval that a point's row never reads.</summary>
/// <param name="Options">Replications, seed and threads used.</param>
/// <param name="Modes">Each mode, in run order.</param>
public sealed record RunMoments(RunOptions Options, IReadOnlyList<ModeMoments> Modes);

/// <summary>One mode of a <see cref="RunMoments"/>.</summary>
/// <param name="Mode">The mode's label.</param>
/// <param name="Metrics">Each metric's moments, in the order of the run's summaries.</param>
/// <param name="WinProbabilities">Each (project, region) win probability, projects then regions in scenario order.</param>
public sealed record ModeMoments(string Mode, IReadOnlyList<MetricMoments> Metrics, IReadOnlyList<double> WinProbabilities);
