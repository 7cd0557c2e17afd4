using Simulation.Core;

namespace Simulation.Experiments.Validation;

/// <summary>
/// The scenario with every selection criterion removed (projects' criteria, regimes' tilts, programmes' criteria), so that
/// winners and designations fall by lot among the bids and the eligible regions: the chance baseline the pattern checks
/// measure the model against, run by the same code on the same footing.
/// </summary>
public static class ChanceScenario
{
    /// <summary>Returns <paramref name="scenario"/> with no selection criteria and only its timeline.</summary>
    public static Scenario Of(Scenario scenario) => scenario with
    {
        Counterfactuals = [],
        Compared = null,
        Projects = [.. scenario.Projects.Select(p => p with { Criteria = [] })],
        Regimes = [.. scenario.Regimes.Select(r => r with { Tilt = [] })],
        Programmes = [.. scenario.Programmes.Select(p => p with { Selection = [] })],
    };
}
