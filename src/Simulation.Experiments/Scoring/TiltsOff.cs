using Simulation.Core;

namespace Simulation.Experiments.Scoring;

/// <summary>
/// The null model that keeps everything of the scenario but the regimes' tilts, each set to 0: every competition is
/// judged on the call's own criteria alone, whichever regime is in force (the fund, the programmes and the agents stay as
/// they are). What the full model scores above this null is what the regimes' assumed tilts add to the calls' criteria.
/// </summary>
public static class TiltsOff
{
    /// <summary>Returns <paramref name="scenario"/> with every regime's tilt weights at 0.</summary>
    public static Scenario Of(Scenario scenario) => scenario with
    {
        Regimes = [.. scenario.Regimes.Select(r => r with { Tilt = [.. r.Tilt.Select(c => c with { Weight = 0.0 })] })],
    };
}
