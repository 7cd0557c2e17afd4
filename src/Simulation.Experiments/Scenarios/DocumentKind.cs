namespace Simulation.Experiments.Scenarios;

/// <summary>What kind of input file a <see cref="ScenarioException"/> rejects, so its message names it without rewriting text.</summary>
public enum DocumentKind
{
    /// <summary>A scenario file (scenarios/*.json).</summary>
    Scenario,

    /// <summary>An experiment file (scenarios/experiments/*.json): a sweep's or a sensitivity analysis's design.</summary>
    Experiment,
}
