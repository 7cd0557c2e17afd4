using Simulation.Core.Bidding;

namespace Simulation.Core.Tests;

/// <summary>Keeps a copy of the last judged competition's bids and winners.</summary>
internal sealed class LastBids : ICompetitionObserver
{
    public Bid[] Bids { get; private set; } = [];

    public int[] Winners { get; private set; } = [];

    public int Judged { get; private set; }

    public ulong Candidates { get; private set; }

    public void CompetitionJudged(int project, int year, int regime, ReadOnlySpan<Bid> bids, ReadOnlySpan<int> winners, ulong candidates)
    {
        Bids = bids.ToArray();
        Winners = winners.ToArray();
        Candidates = candidates;
        Judged++;
    }

    /// <summary>Runs <paramref name="model"/> to the end with this observer attached and returns it.</summary>
    public static LastBids Of(SimulationModel model)
    {
        var last = new LastBids();
        model.Observer = last;
        model.RunToEnd();
        return last;
    }
}
