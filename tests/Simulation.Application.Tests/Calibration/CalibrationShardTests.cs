using Simulation.Application.Calibration;
using Simulation.Experiments;
using Simulation.Experiments.Tests;
using Simulation.Output;
using Simulation.Output.Calibration;

namespace Simulation.Application.Tests.Calibration;

/// <summary>
/// A calibration shard that finished records the SHA-256 of its <c>particles.csv</c>, last; the gather refuses a shard whose
/// particles were changed afterwards, naming the file and both digests, and writes nothing, and the shard is not resumed
/// from them either; restored, the shards gather to the files of one whole run.
/// </summary>
public sealed class CalibrationShardTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("regsim-calibration-shards-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void AFinishedShard_RecordsTheDigestOfItsParticles_AndTheGatheredFolderRecordsNone()
    {
        var folder = Path.Combine(_temp, "sharded");
        Run(folder, new ShardSpec(0, 2));
        Run(folder, new ShardSpec(1, 2));
        var shard = Path.Combine(folder, "shard-1-of-2");

        Assert.Equal(Sha256(Path.Combine(shard, ParticleFile.Name)), CalibrationManifestFile.Read(shard)!.ParticlesCsvSha256);

        Run(folder, shard: null);

        Assert.Null(CalibrationManifestFile.Read(folder)!.ParticlesCsvSha256);
        Assert.Null(ManifestWriter.ReadObject(Path.Combine(folder, CalibrationManifestFile.Name))!["particlesCsvSha256"]);
    }

    [Fact]
    public void AShardsParticleEditedAfterItFinished_IsRefusedByTheGatherAndNotResumed_NamingTheFile_AndRestoredGathersToTheWholeRun()
    {
        var whole = Path.Combine(_temp, "whole");
        var sharded = Path.Combine(_temp, "sharded");
        Run(whole, shard: null);
        for (var i = 0; i < 3; i++)
        {
            Run(sharded, new ShardSpec(i, 3));
        }
        var folder = Path.Combine(sharded, "shard-1-of-3");
        var file = Path.Combine(folder, ParticleFile.Name);
        var written = File.ReadAllBytes(file);
        var recorded = CalibrationManifestFile.Read(folder)!.ParticlesCsvSha256!;
        var lines = File.ReadAllLines(file);
        var fields = lines[1].Split(',');
        fields[1] += "1"; // one more digit in the first parameter of the shard's first particle
        lines[1] = string.Join(',', fields);
        File.WriteAllLines(file, lines);

        var gather = Assert.Throws<InvalidDataException>(() => Run(sharded, shard: null));
        var resume = Assert.Throws<InvalidDataException>(() => Run(sharded, new ShardSpec(1, 3)));

        Assert.StartsWith($"shard '{folder}': '{file}' was changed after the shard finished writing it: its SHA-256 is now {Sha256(file)[..12]}…, "
            + $"not the {recorded[..12]}… the shard recorded in its {CalibrationManifestFile.Name}.", gather.Message);
        Assert.StartsWith($"'{file}' was changed after the shard finished writing it: its SHA-256 is now {Sha256(file)[..12]}…", resume.Message);
        // Nothing gathered, no posterior: the folder holds the shards alone.
        Assert.Equal(["shard-0-of-3", "shard-1-of-3", "shard-2-of-3"], Directory.GetFileSystemEntries(sharded).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(recorded, CalibrationManifestFile.Read(folder)!.ParticlesCsvSha256); // the refused resume left the shard as it was

        File.WriteAllBytes(file, written);
        Run(sharded, shard: null);

        foreach (var name in new[] { ParticleFile.Name, "posterior.csv", "summary.csv", "predictive_check.csv", "leave_one_out.csv" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(whole, name)), File.ReadAllBytes(Path.Combine(sharded, name)));
        }
    }

    [Fact]
    public void AResumedShard_CountsItsOwnParticlesDone_NotTheWholeCalibrations()
    {
        var folder = Path.Combine(_temp, "resumed");
        Run(folder, new ShardSpec(1, 3)); // particles 1 and 4 of 6: the shard stopped, as far as 9 particles go, after two of its three
        var progress = new RecordingProgress();

        new CalibrateScenario().Run(new CalibrateRequest(Repository.Scenario("calibration.json"), 9, 2, 3, 10, 1, folder, null, 0, 4, new ShardSpec(1, 3),
            MovesPerStage: 1), progress, CancellationToken.None);

        Assert.Equal($"Resuming {Path.Combine(folder, "shard-1-of-3")}: 2 of this shard's 3 particles already done.", progress.Notes.Single());
        Assert.Equal(3, progress.Tracked.Single().Total);
        Assert.Equal([2L, 3L], progress.Reports);
        Assert.Equal(4, File.ReadAllLines(Path.Combine(folder, "shard-1-of-3", ParticleFile.Name)).Length); // the header and particles 1, 4 and 7
    }

    [Fact]
    public void AGatherWithAShardMissing_SaysWhatItGathered_AndHowManyItRunsItself()
    {
        var folder = Path.Combine(_temp, "gathered");
        Run(folder, new ShardSpec(0, 3));
        Run(folder, new ShardSpec(2, 3)); // shard 1 (particles 1 and 4 of 6) never ran
        var progress = new RecordingProgress();

        new CalibrateScenario().Run(new CalibrateRequest(Repository.Scenario("calibration.json"), 6, 2, 3, 10, 1, folder, null, 0, 4, null,
            MovesPerStage: 1), progress, CancellationToken.None);

        Assert.Equal($"Gathered 4 particles from the shards in {folder}: 4 of 6 particles done, 2 left to run here.", progress.Notes.First());
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));

    private static void Run(string folder, ShardSpec? shard) =>
        new CalibrateScenario().Run(new CalibrateRequest(Repository.Scenario("calibration.json"), 6, 2, 3, 10, 1, folder, null, 0, 4, shard,
            MovesPerStage: 1), SilentProgress.Instance, CancellationToken.None);
}
