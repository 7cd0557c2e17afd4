using Simulation.Experiments;

namespace Simulation.Application.Runs;

/// <summary>A finished run of the explore page.</summary>
/// <typeparam name="TReport">What the host described the run as (the page's report).</typeparam>
/// <param name="Result">The run's results.</param>
/// <param name="Changes">The sentences saying what changed since the page's previous run; empty for a first run.</param>
/// <param name="Report">The host's description of the run, with the changes.</param>
public sealed record ExploredRun<TReport>(RunResult Result, IReadOnlyList<string> Changes, TReport Report);
