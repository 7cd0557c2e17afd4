using Simulation.Experiments.Sweeps;

namespace Simulation.Experiments.Tests.Sweeps;

public class SweepTests
{
    [Theory]
    [InlineData("timeline")]
    [InlineData("roh")]
    [InlineData("lee")]
    public void OneMode_RunAlone_GivesThatModesRowOfTheFullRun(string mode)
    {
        var experiment = ExperimentLoader.Load(Path.Combine(Repository.Root, "scenarios", "experiments", "smoke-sweep.json"));
        var point = new DesignPoint(3, [0.7, 0.2], 17);

        var alone = Sweep.RunPoint(experiment, point, mode, threads: 2);
        var full = Sweep.RunPoint(experiment, point, threads: 2).Single(r => r.Regime == mode);

        Assert.Equal(full.Means, alone.Means);
        Assert.Equal(full.WinProbabilities, alone.WinProbabilities);
        Assert.Equal((full.Point, full.Replications), (alone.Point, alone.Replications));
    }

    [Fact]
    public void PointsWithSeedsOfTheirOwn_GetSeedsAScenarioFileTakes_DifferentAtEveryPoint()
    {
        var shared = ExperimentLoader.Load(Path.Combine(Repository.Root, "scenarios", "experiments", "smoke-sweep.json"));
        var experiment = shared with { CommonRandomNumbers = false };

        var seeds = SweepDesign.Points(experiment).Select(p => p.Seed).ToList();

        // Six 64-bit draws would all fall below 2^63 by chance once in 64 runs; these are 63-bit by construction.
        Assert.All(seeds, s => Assert.InRange(s, 0UL, (ulong)long.MaxValue));
        Assert.Equal(seeds.Count, seeds.Distinct().Count());
        Assert.All(SweepDesign.Points(shared), p => Assert.Equal(shared.Seed, p.Seed));
    }

    [Fact]
    public void UnknownMode_IsRejected()
    {
        var experiment = ExperimentLoader.Load(Path.Combine(Repository.Root, "scenarios", "experiments", "smoke-sweep.json"));

        var e = Assert.Throws<ArgumentException>(() => Sweep.RunPoint(experiment, new DesignPoint(0, [0, 0], 1), "park", threads: 1));

        Assert.Contains("'park'", e.Message);
    }
}
