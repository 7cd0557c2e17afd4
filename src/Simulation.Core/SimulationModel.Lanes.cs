using Simulation.Core.Agents;
using Simulation.Core.Randomness;

namespace Simulation.Core;

/// <summary>The phases several models run in vector lanes together (<see cref="ModelLanes"/>), each model computing exactly
/// what it computes alone.</summary>
public sealed partial class SimulationModel
{
    /// <summary>Opens the year in up to four models at once (<see cref="ModelLanes"/>), all under <paramref name="regime"/> and
    /// in the same year: each exactly as <see cref="OpenYear"/>, the fund's draws and weights, and the sites of programmes
    /// whose sites are independent (<see cref="NationalGovernment.DesignatesIndependently"/>), computed in the lanes
    /// together.</summary>
    internal static void OpenYearTogether(ReadOnlySpan<SimulationModel> models, int regime, RegionalGovernment[][] governments, Span<double> spent)
    {
        var random = default(LaneStreams);
        for (var lane = 0; lane < LaneStreams.Count; lane++)
        {
            var model = models[Math.Min(lane, models.Length - 1)]; // spare lanes repeat the last model, their results unused
            random.Load(lane, model._random);
            governments[lane] = model._governments;
            if (lane < models.Length)
            {
                model.OpenBudgets();
            }
        }
        var first = models[0];
        first._national.ShareOutFundTogether(first.Year, regime, governments.AsSpan(0, models.Length), first._scenario.Behaviour, ref random, spent);
        for (var lane = 0; lane < models.Length; lane++)
        {
            models[lane].Outcome.FundSpent += spent[lane];
        }
        var programmes = first._scenario.Regimes[regime].Programmes;
        for (var i = 0; i < programmes.Count; i++)
        {
            var programme = programmes[i];
            if (first._national.DesignatesIn(programme, first.Year))
            {
                DesignateTogether(models, programme, regime, governments, ref random);
            }
        }
        for (var lane = 0; lane < models.Length; lane++)
        {
            var model = models[lane];
            model._random = random.Stream(lane);
            model.FundOwnClusters(regime);
        }
    }

    // One programme's designations this year in every model: in the lanes together where every model's sites are independent,
    // otherwise model by model.
    private static void DesignateTogether(ReadOnlySpan<SimulationModel> models, int programme, int regime, RegionalGovernment[][] governments,
        ref LaneStreams random)
    {
        var count = (int)Math.Round(models[0]._scenario.Programmes[programme].DesignationsPerYear, MidpointRounding.AwayFromZero);
        var independent = true;
        foreach (var model in models)
        {
            independent &= model._national.DesignatesIndependently(programme, regime, count);
        }
        if (independent)
        {
            NationalGovernment.MakeDesignationsTogether(models, governments, programme, regime, ref random);
            return;
        }
        for (var lane = 0; lane < models.Length; lane++)
        {
            var model = models[lane];
            model._random = random.Stream(lane);
            model.MakeDesignations(programme, regime);
            random.Load(lane, model._random);
        }
    }
}
