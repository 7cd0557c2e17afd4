using Simulation.Output.Batch;

namespace Simulation.Output.Tests.Batch;

/// <summary>The scripts of <c>regsim slurm sensitivity</c>: task I runs the study's shard I into the study's folder, the
/// gather job runs the same command without <c>--shard</c>, and a study of a scenario's priors, whose arguments start with
/// <c>--priors</c>, is read as that scenario's.</summary>
public sealed class SlurmSensitivityScriptsTests
{
    private static readonly string[] Options = ["--method", "sobol", "--base-samples", "4", "--bootstrap", "50"];

    private static SlurmJob Job(string[] input, string output = "/data/study", int threads = 2) =>
        new(SlurmJobKind.Sensitivity, "dotnet /opt/regsim/regsim.dll", [.. input, .. Options], output, 3, threads, null, null, "regsim-smoke-sobol");

    [Fact]
    public void Array_RunsTheTasksShardIntoTheStudysFolder_AndTheGatherTheSameCommandWithoutShard()
    {
        var scripts = SlurmJobScripts.Render(Job(["/repo/smoke-sweep.json"]));

        Assert.Contains("exec dotnet /opt/regsim/regsim.dll sensitivity /repo/smoke-sweep.json --method sobol --base-samples 4 --bootstrap 50"
            + " --shard \"$shard/3\" --out /data/study --threads 2\n", scripts.Array);
        Assert.Contains("# Task I runs the design points whose index % 3 == I into shard-I-of-3/", scripts.Array);
        Assert.Contains("#SBATCH --output=\"/data/study/slurm/logs/sensitivity-%A_%a.out\"", ScriptText.Directives(scripts.Array));
        Assert.Contains("exec dotnet /opt/regsim/regsim.dll sensitivity /repo/smoke-sweep.json --method sobol --base-samples 4 --bootstrap 50"
            + " --out /data/study --threads 2\n", scripts.Gather);
        Assert.Contains("gathers the design points of the 3 shards of smoke-sweep.json and computes the indices", scripts.Gather);
        Assert.Contains("#SBATCH --job-name=regsim-smoke-sobol-gather", ScriptText.Directives(scripts.Gather));
        Assert.Equal(["sensitivity.sbatch", "gather.sbatch"], [scripts.Names.ArrayFileName, scripts.Names.GatherFileName]);
        Assert.Contains("sensitivity results", scripts.Submit);
    }

    [Fact]
    public void AStudyOfPriors_IsTheScenarioAfterPriors()
    {
        var job = Job(["--priors", "/repo/scenarios/calibration.json"]);

        Assert.Equal("/repo/scenarios/calibration.json", job.InputPath);
        Assert.Empty(job.Problems());
        Assert.Contains("sensitivity --priors /repo/scenarios/calibration.json --method sobol", SlurmJobScripts.Render(job).Array);
        Assert.Contains(Job(["--priors", "scenarios/calibration.json"]).Problems(), p => p.StartsWith("The experiment or scenario path must be absolute", StringComparison.Ordinal));
    }

    [Fact]
    public void Scripts_RunWithTheExactArguments_AndAreValidBash()
    {
        // With `printf` standing in for regsim, running the scripts shows the exact arguments regsim receives.
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "my study");
        var scenario = Path.Combine(temp.Path, "it's a scenario.json");
        var job = Job(["--priors", scenario], output) with { Regsim = "printf '%s\\n'" };
        var written = SlurmJobScripts.Render(job).WriteTo(job.ScriptDirectory).Paths;

        string[] command = ["sensitivity", "--priors", scenario, .. Options];
        Assert.Equal([.. command, "--shard", "1/3", "--out", output, "--threads", "2"], ScriptText.Arguments(written[0], task: "1"));
        Assert.Equal([.. command, "--out", output, "--threads", "2"], ScriptText.Arguments(written[1], task: null));
        ScriptText.AssertValidBash(written);
    }
}
