using Simulation.Core;
using Simulation.Core.Randomness;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Tests;

public class ModelLanesTests
{
    private static readonly Scenario Baseline = ScenarioLoader.Load(Repository.Scenario("baseline.json")).Model;

    [Theory]
    [InlineData(8)]
    [InlineData(3)]
    public void EachLane_IsExactlyItsReplicationRunAlone(int lanes)
    {
        // The baseline has joint bids, consortia, candidates and three competitions: the lanes' best responses are solved in
        // one batch, which must change no lane's replication by a bit.
        var together = new ModelLanes(Baseline, lanes);
        var alone = new SimulationModel(Baseline);
        foreach (var mode in Baseline.Modes())
        {
            for (var first = 0; first < 2 * lanes; first += lanes)
            {
                for (var lane = 0; lane < lanes; lane++)
                {
                    together[lane].Reset(mode, RandomStream.ForReplication(5, first + lane));
                }
                together.StepUntil(lanes);
                for (var lane = 0; lane < lanes; lane++)
                {
                    var expected = Fingerprint(Replication.Run(alone, mode, 5, first + lane));
                    Assert.Equal(expected, Fingerprint(together[lane].Finish()));
                }
            }
        }
    }

    [Theory]
    [InlineData(30, 0)]
    [InlineData(40, 2)]
    [InlineData(25, 1)]
    public void LanesDesignatingTogether_AreEachTheirReplicationRunAlone(int maxPerRegion, int lagYears)
    {
        // Special districts whose cap comes within a year's sites in some replications and not others (from then on those
        // lanes designate one by one), and whose delivery waits: the sites drawn in the lanes together must book exactly what
        // each replication books alone.
        var programmes = Baseline.Programmes
            .Select(p => p.Id == "specialDistricts" ? p with { MaxPerRegion = maxPerRegion, Delivery = p.Delivery with { LagYears = lagYears } } : p)
            .ToList();
        var scenario = Baseline with { Programmes = programmes };
        var together = new ModelLanes(scenario, 7);
        var alone = new SimulationModel(scenario);
        foreach (var mode in scenario.Modes())
        {
            for (var lane = 0; lane < together.Count; lane++)
            {
                together[lane].Reset(mode, RandomStream.ForReplication(11, lane));
            }
            together.StepUntil(together.Count);
            for (var lane = 0; lane < together.Count; lane++)
            {
                Assert.Equal(Fingerprint(Replication.Run(alone, mode, 11, lane)), Fingerprint(together[lane].Finish()));
            }
        }
    }

    [Fact]
    public void LanesUnderDifferentRegimes_AreEachTheirReplicationRunAlone()
    {
        // The timeline, roh and lee side by side: the years whose regimes differ open lane by lane, the others together.
        var modes = Baseline.Modes();
        var together = new ModelLanes(Baseline, 7);
        var alone = new SimulationModel(Baseline);
        for (var lane = 0; lane < together.Count; lane++)
        {
            together[lane].Reset(modes[lane % modes.Count], RandomStream.ForReplication(9, lane));
        }
        while (!together[0].IsFinished)
        {
            together.Step(together.Count);
        }
        for (var lane = 0; lane < together.Count; lane++)
        {
            Assert.Equal(Fingerprint(Replication.Run(alone, modes[lane % modes.Count], 9, lane)), Fingerprint(together[lane].Finish()));
        }
    }

    [Fact]
    public void SteppingLanes_AllocatesNothing_OnceWarm()
    {
        var lanes = new ModelLanes(Baseline, 8);
        var modes = Baseline.Modes();
        long Run(int first)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var m = 0; m < modes.Count; m++)
            {
                var mode = modes[m];
                for (var lane = 0; lane < lanes.Count; lane++)
                {
                    lanes[lane].Reset(mode, RandomStream.ForReplication(3, first + lane));
                }
                while (!lanes[0].IsFinished)
                {
                    lanes.Step(lanes.Count);
                }
                for (var lane = 0; lane < lanes.Count; lane++)
                {
                    lanes[lane].Finish();
                }
            }
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Run(0);
        // Three blocks measured: stepping that allocates does so in every block, while a one-off on this thread (a class first
        // initialised, or the counter's own error when a collection set off by a test running beside this one resets the
        // thread's allocation context, seen once under a loaded CI machine) touches one at most.
        var allocated = new[] { Run(8), Run(16), Run(24) };
        Assert.True(allocated.Min() == 0, $"bytes allocated by each block of replications: {string.Join(", ", allocated)}");
    }

    [Fact]
    public void LanesInDifferentYears_AreRefused()
    {
        var lanes = new ModelLanes(Baseline, 2);
        lanes[0].Reset(Baseline.Modes()[0], RandomStream.ForReplication(5, 0));
        lanes[1].Reset(Baseline.Modes()[0], RandomStream.ForReplication(5, 1));
        lanes[1].Step();

        Assert.Throws<InvalidOperationException>(() => lanes.Step(2));
    }

    // Every public property of the outcome, arrays element by element, doubles to the last bit: a lane that differs anywhere
    // (a designation's category or stall, a cluster, a bid) differs here.
    private static string Fingerprint(ReplicationOutcome o) => string.Join("|", typeof(ReplicationOutcome).GetProperties()
        .Where(p => p.GetIndexParameters().Length == 0)
        .OrderBy(p => p.Name, StringComparer.Ordinal)
        .Select(p => p.Name + "=" + Format(p.GetValue(o))));

    private static string Format(object? value) => value switch
    {
        double d => BitConverter.DoubleToInt64Bits(d).ToString(System.Globalization.CultureInfo.InvariantCulture),
        string text => text,
        System.Collections.IEnumerable items => string.Join(",", items.Cast<object?>().Select(Format)),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
