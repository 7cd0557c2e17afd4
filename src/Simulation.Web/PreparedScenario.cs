using Simulation.Experiments.Scenarios;

namespace Simulation.Web;

/// <summary>A scenario a request named, with the class's parameter overrides applied and checked.</summary>
/// <param name="Name">The scenario's name in the catalog.</param>
/// <param name="Loaded">The scenario as its file gives it (its seed and default replications).</param>
/// <param name="Model">The scenario to compute, overrides applied.</param>
/// <param name="Settings">Every parameter the page offers, with its value once the overrides are applied.</param>
public sealed record PreparedScenario(string Name, LoadedScenario Loaded, Core.Scenario Model, IReadOnlyList<ClassroomParameter> Settings);
