using Simulation.Core.Randomness;
using Simulation.Core.Regimes;

namespace Simulation.Core.Tests;

/// <summary>Runs a synthetic scenario many times through the model alone (no experiment layer).</summary>
internal static class ModelRuns
{
    /// <summary>Returns, per region, the share of replications in which it was among the winners of project 0.</summary>
    public static double[] WinFrequencies(Scenario scenario, int replications, ulong seed = 11)
    {
        var model = new SimulationModel(scenario);
        var wins = new double[scenario.Regions.Count];
        for (var k = 0; k < replications; k++)
        {
            model.Reset(RegimeMode.Timeline, RandomStream.ForReplication(seed, k));
            var outcome = model.RunToEnd();
            foreach (var bid in outcome.Winners(0))
            {
                for (var r = 0; r < wins.Length; r++)
                {
                    if ((bid & (1UL << r)) != 0)
                    {
                        wins[r]++;
                    }
                }
            }
        }
        return wins.Select(w => w / replications).ToArray();
    }
}
