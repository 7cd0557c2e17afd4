using Simulation.Core.Projects;
using Simulation.Core.Selection;
using Simulation.Core.Signals;

namespace Simulation.Core.Bidding;

/// <summary>
/// Which competition to run and how it is judged: one value instead of a long argument list, built by the model for every
/// competition it holds.
/// </summary>
/// <param name="ProjectIndex">Index of the project in the scenario.</param>
/// <param name="Project">The project competed for.</param>
/// <param name="Plan">The project's score plan under the regime judging it.</param>
/// <param name="Rule">The regime's selection rule.</param>
/// <param name="Year">The year of the competition.</param>
/// <param name="Players">Regions whose decisions people take instead of their agents (a participatory game); null in Monte Carlo runs.</param>
/// <param name="Condition">The observed outcome the competition is conditioned on (likelihood of a record); null in Monte Carlo runs.</param>
public readonly record struct CompetitionRequest(
    int ProjectIndex,
    NationalProject Project,
    ScorePlan Plan,
    ISelectionRule Rule,
    int Year,
    PlayedRegions? Players = null,
    IOutcomeCondition? Condition = null);
