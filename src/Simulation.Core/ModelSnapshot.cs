using Simulation.Core.Agents;
using Simulation.Core.Programmes;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;

namespace Simulation.Core;

/// <summary>
/// The whole evolving state of a <see cref="SimulationModel"/> between two years: agents, designations, the outcome so
/// far and the random stream. Regime modes that apply the same regimes in their first years (the baseline's timeline
/// follows the Roh regime to 2007, as the <c>roh</c> counterfactual does) draw the same numbers and reach the same state
/// in those years, so a run can simulate them once and continue each mode from a snapshot. A reusable buffer: create it
/// once with <see cref="SimulationModel.CreateSnapshot"/> and fill it with <see cref="SimulationModel.Save"/>.
/// </summary>
public sealed class ModelSnapshot
{
    internal ModelSnapshot(Scenario scenario, IReadOnlyList<RegionalGovernment> governments, NationalGovernment national)
    {
        Governments = governments.Select(g => new RegionalGovernment(g.Index, g.Region, g.Population, g.GrdpBillionWon, g.FirstYear, g.Years)).ToArray();
        Designations = new int[scenario.Programmes.Count * scenario.Regions.Count];
        Outcome = new ReplicationOutcome(scenario);
        Deliveries = national.Deliveries.CloneEmpty();
    }

    /// <summary>The year the model was about to simulate when the snapshot was saved.</summary>
    public int Year { get; internal set; }

    /// <summary>The mode the model was running when the snapshot was saved.</summary>
    public RegimeMode Mode { get; internal set; }

    internal RandomStream Random { get; set; }

    internal RegionalGovernment[] Governments { get; }

    internal int[] Designations { get; }

    internal ReplicationOutcome Outcome { get; }

    internal DeliveryQueue Deliveries { get; }
}
