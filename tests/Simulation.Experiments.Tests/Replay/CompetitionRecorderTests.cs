using Simulation.Core.Bidding;
using Simulation.Experiments.Replay;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Tests.Replay;

/// <summary>The sentence that says why a bid won: bids of equal effort (or merit) share a place, said to be tied, rather
/// than take the next places in the order the list happens to hold them.</summary>
public class CompetitionRecorderTests
{
    [Fact]
    public void WinnersOfEqualEffort_AreTiedInEffort_NotPlacedOneAfterTheOther()
    {
        var scenario = ScenarioLoader.Load(Repository.Scenario("baseline.json")).Model;
        var recorder = new CompetitionRecorder(scenario);
        Bid[] bids = [Of(0, 0.3, 50), Of(1, 0.1, 50), Of(2, 0.2, 30), Of(3, 0.0, 50)];

        recorder.CompetitionJudged(1, 2007, 0, bids, [0, 1], 0b1111UL);

        var why = recorder.Records.Single().Why;
        Assert.Equal(2, why.Count);
        Assert.All(why, w => Assert.Contains("tied first in effort (₩50.0 bn)", w, StringComparison.Ordinal));
        Assert.Contains(why, w => w.Contains("won: first on the criteria of 4 bids", StringComparison.Ordinal));
        Assert.Contains(why, w => w.Contains("won: third on the criteria of 4 bids", StringComparison.Ordinal));
    }

    private static Bid Of(int region, double merit, double effort) =>
        new() { Members = 1UL << region, Lead = region, Population = 1000, Merit = merit, Effort = effort, Valuation = 100, Floor = 1, Cap = 100 };
}
