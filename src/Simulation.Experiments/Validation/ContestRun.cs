using Simulation.Core;
using Simulation.Core.Bidding;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;

namespace Simulation.Experiments.Validation;

/// <summary>What one run of a synthetic contest ended with.</summary>
/// <param name="Efforts">Final effort of each entering bid, ₩ billion, in region order.</param>
/// <param name="RentDissipation">Total effort ÷ prize value awarded.</param>
public sealed record ContestRun(IReadOnlyList<double> Efforts, double RentDissipation)
{
    /// <summary>Returns the final efforts and rent dissipation of one run of <paramref name="scenario"/> (its timeline, replication 0).</summary>
    public static ContestRun Of(Scenario scenario, ulong seed = 1)
    {
        var model = new SimulationModel(scenario);
        var last = new LastBids();
        model.Observer = last;
        model.Reset(RegimeMode.Timeline, RandomStream.ForReplication(seed, 0));
        var outcome = model.RunToEnd();
        return new ContestRun(last.Efforts, outcome.RentDissipation);
    }

    private sealed class LastBids : ICompetitionObserver
    {
        public List<double> Efforts { get; } = [];

        public void CompetitionJudged(int project, int year, int regime, ReadOnlySpan<Bid> bids, ReadOnlySpan<int> winners, ulong candidates)
        {
            Efforts.Clear();
            foreach (var bid in bids)
            {
                Efforts.Add(bid.Effort);
            }
        }
    }
}
