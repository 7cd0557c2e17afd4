namespace Simulation.Application.Evaluation;

/// <summary>What one point gave, one JSON object per line: its outcome per regime mode, or why the line was refused.</summary>
/// <param name="Line">The input line (1 first).</param>
/// <param name="Id">The caller's id, if it sent one.</param>
/// <param name="Seed">The seed used (null when refused).</param>
/// <param name="Replications">Replications run (null when refused).</param>
/// <param name="Modes">Per regime mode: each metric's mean and 95 % interval, and each win probability (null when refused).</param>
/// <param name="Error">Why the line was refused (null when it ran).</param>
public sealed record PointOutcome(int Line, string? Id, ulong? Seed, int? Replications, IReadOnlyDictionary<string, ModeOutcome>? Modes, PointError? Error);

/// <summary>One regime mode's outcome of a point.</summary>
/// <param name="Metrics">Each metric's mean and 95 % Student-t interval, by metric name.</param>
/// <param name="WinProbabilities">Each region's probability of winning each project, by <c>project:region</c>.</param>
public sealed record ModeOutcome(IReadOnlyDictionary<string, MetricEstimate> Metrics, IReadOnlyDictionary<string, double> WinProbabilities);

/// <summary>A metric's mean over the point's replications and its 95 % interval (null when undefined).</summary>
/// <param name="Mean">Mean.</param>
/// <param name="CiLow">Lower end.</param>
/// <param name="CiHigh">Upper end.</param>
public sealed record MetricEstimate(double? Mean, double? CiLow, double? CiHigh);

/// <summary>Why a line was refused: the field at fault (<c>parameters.PATH</c>, <c>seed</c>, <c>line</c>) and what is wrong.</summary>
/// <param name="Field">The field.</param>
/// <param name="Message">What is wrong.</param>
public sealed record PointError(string Field, string Message);
