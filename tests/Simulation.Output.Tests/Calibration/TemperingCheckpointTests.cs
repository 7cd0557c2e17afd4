using Simulation.Core.Randomness;
using Simulation.Experiments.Calibration;
using Simulation.Experiments.Sweeps;
using Simulation.Output.Calibration;

namespace Simulation.Output.Tests.Calibration;

public class TemperingCheckpointTests
{
    private static readonly ParticleTable Table = new(["theta"], ["ln_p"]);
    private static readonly Prior Unit = new("theta", ParameterPath.Parse("theta"), PriorDistribution.Uniform, 0, 1, double.NaN, double.NaN, 0.5);

    // θ ~ U(0, 1), 4 successes in 40 trials, with unbiased multiplicative noise from the proposal's seed.
    private static Particle Likelihood(int index, double[] parameters, ulong seed, CancellationToken _)
    {
        var stream = RandomStream.ForReplication(seed, 1);
        var log = (4 * Math.Log(parameters[0])) + (36 * Math.Log(1 - parameters[0])) - Math.Log(stream.NextOpenDouble());
        return new Particle(index, parameters, [log], log);
    }

    private static TemperedSmc Sampler() => new([Unit], Likelihood, p => p.LogLikelihood, new SmcSettings(2, 0.5, 3));

    private static Particle[] Draws() =>
        [.. Enumerable.Range(0, 200).Select(i => Likelihood(i, [RandomStream.ForReplication(9, i).NextDouble()], (ulong)i, default))];

    [Fact]
    public void InterruptedAfterAStage_ResumesThere_ToTheSameFilesAsARunThrough()
    {
        using var through = new TempFolder();
        using var interrupted = new TempFolder();
        var all = TemperingCheckpoint.Run(Sampler(), Draws(), through.Path, Table, 2, null, default);

        using var cancel = new CancellationTokenSource();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            TemperingCheckpoint.Run(Sampler(), Draws(), interrupted.Path, Table, 1, _ => cancel.Cancel(), cancel.Token));
        Assert.Single(TemperingCheckpoint.Read(interrupted.Path, Table, 200));
        var resumed = new List<int>();
        var again = TemperingCheckpoint.Run(Sampler(), Draws(), interrupted.Path, Table, 2, s => resumed.Add(s.Number), default);

        Assert.True(all.Count >= 3, $"expected several stages, got {all.Count}");
        Assert.Equal(Enumerable.Range(2, all.Count - 1), resumed);
        Assert.Equal(all.Select(s => s.LogEvidence), again.Select(s => s.LogEvidence));
        foreach (var name in Directory.GetFiles(through.Path).Select(Path.GetFileName))
        {
            Assert.Equal(File.ReadAllBytes(through.File(name!)), File.ReadAllBytes(interrupted.File(name!)));
        }
    }

    [Fact]
    public void AStagesTableChangedByHand_IsRefusedNamingItsLine_AndLeftAsItIs()
    {
        using var folder = new TempFolder();
        TemperingCheckpoint.Run(Sampler(), Draws(), folder.Path, Table, 1, null, default);
        var stages = folder.File("stages.csv");
        var lines = File.ReadAllLines(stages);
        lines[2] = "two" + lines[2][lines[2].IndexOf(',')..];
        File.WriteAllLines(stages, lines);
        var edited = File.ReadAllText(stages);

        var e = Assert.Throws<InvalidDataException>(() => TemperingCheckpoint.Read(folder.Path, Table, 200));

        Assert.Contains("stages.csv' line 3 is not a stage of this calibration", e.Message);
        Assert.Equal(edited, File.ReadAllText(stages));
    }

    [Fact]
    public void AStageWithATruncatedParticleFile_IsRunAgain()
    {
        using var folder = new TempFolder();
        var all = TemperingCheckpoint.Run(Sampler(), Draws(), folder.Path, Table, 1, null, default);
        var last = folder.File($"stage-{all.Count}.csv");
        File.WriteAllText(last, string.Join('\n', File.ReadAllLines(last)[..150]) + "\n"); // rows lost

        var kept = TemperingCheckpoint.Read(folder.Path, Table, 200);
        var again = TemperingCheckpoint.Run(Sampler(), Draws(), folder.Path, Table, 1, null, default);

        Assert.Equal(all.Count - 1, kept.Count);
        Assert.Equal(all[^1].Population.Select(p => p.Parameters[0]), again[^1].Population.Select(p => p.Parameters[0]));
    }
}
