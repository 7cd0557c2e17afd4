using Simulation.Application.Batch;
using Simulation.Application.Sweeps;
using Simulation.Experiments.Tests;

namespace Simulation.Application.Tests.Batch;

/// <summary>Scripts written again with another --shards into a folder that holds shards of the old count say so: the new array
/// does not resume them, and a merge takes the shards of one count.</summary>
public sealed class OtherShardCountTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("regsim-shard-count-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private SlurmJobsWritten Write(string folder, int shards)
    {
        var regsim = Path.Combine(_temp, "regsim"); // a single-file binary the nodes run by this path
        File.WriteAllText(regsim, "#!/bin/sh\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(regsim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return new WriteSlurmJobs().Sweep(new SweepRequest(Path.Combine(Repository.Root, "scenarios", "experiments", "smoke-sweep.json"), folder, 1, null),
            new SlurmRequest(shards, null, 1, null, null, regsim), new RunningRegsim([regsim], true, _temp, _temp));
    }

    [Fact]
    public void ShardsOfAnotherCount_AreNamedBeforeSubmitting_ThoseOfTheSameCountAreNot()
    {
        var folder = Path.Combine(_temp, "sweep");
        foreach (var shard in new[] { "shard-0-of-4", "shard-1-of-4", "shard-0-of-8" })
        {
            Directory.CreateDirectory(Path.Combine(folder, shard));
        }

        var eight = Write(folder, 8);

        var warning = Assert.Single(eight.Warnings, w => w.Contains("another shard count", StringComparison.Ordinal));
        Assert.Contains("holds shard folders of another shard count, 2 of 4 (shard-*-of-4): this array of 8 runs shard-*-of-8 from the start", warning, StringComparison.Ordinal);
        Assert.DoesNotContain(Write(Path.Combine(_temp, "fresh"), 8).Warnings, w => w.Contains("another shard count", StringComparison.Ordinal));
    }
}
