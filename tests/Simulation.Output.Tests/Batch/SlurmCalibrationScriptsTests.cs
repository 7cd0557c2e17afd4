using Simulation.Output.Batch;

namespace Simulation.Output.Tests.Batch;

/// <summary>The scripts of <c>regsim slurm calibrate</c>: task I runs the calibration's shard I into the calibration
/// folder, and the gather job runs the same command without <c>--shard</c> once every task has succeeded.</summary>
public sealed class SlurmCalibrationScriptsTests
{
    private static readonly string[] Options = ["--particles", "12", "--replications", "4", "--predictive-replications", "20", "--sbc-records", "0"];

    private static SlurmJob Job(
        int shards = 3,
        string output = "/data/cal",
        string scenario = "/repo/scenarios/calibration.json",
        int threads = 2,
        string[]? options = null) =>
        new(SlurmJobKind.Calibration, "dotnet /opt/regsim/regsim.dll", [scenario, .. options ?? Options], output, shards, threads, null, null, "regsim-calibration-calibration");

    [Theory]
    [InlineData(1, "0-0")]
    [InlineData(3, "0-2")]
    [InlineData(8, "0-7")]
    public void Array_IsAnArrayWithOneTaskPerShard(int shards, string range)
    {
        var scripts = SlurmJobScripts.Render(Job(shards));

        Assert.Contains($"#SBATCH --array={range}", ScriptText.Directives(scripts.Array));
        Assert.DoesNotContain(ScriptText.Directives(scripts.Gather), d => d.StartsWith("#SBATCH --array", StringComparison.Ordinal));
    }

    [Fact]
    public void Array_RunsTheTasksShardIntoTheCalibrationFolder()
    {
        var scripts = SlurmJobScripts.Render(Job(shards: 3, threads: 2));

        Assert.Contains(
            "exec dotnet /opt/regsim/regsim.dll calibrate /repo/scenarios/calibration.json --particles 12 --replications 4 --predictive-replications 20 --sbc-records 0"
            + " --shard \"$shard/3\" --out /data/cal --threads 2\n",
            scripts.Array);
        Assert.Contains("#SBATCH --job-name=regsim-calibration-calibration", ScriptText.Directives(scripts.Array));
        Assert.Contains("#SBATCH --cpus-per-task=2", ScriptText.Directives(scripts.Array));
        Assert.Contains("#SBATCH --output=\"/data/cal/slurm/logs/calibrate-%A_%a.out\"", ScriptText.Directives(scripts.Array));
    }

    [Fact]
    public void Gather_RunsTheSameCommandWithoutShard()
    {
        var scripts = SlurmJobScripts.Render(Job(shards: 3, threads: 2));

        Assert.Contains(
            "exec dotnet /opt/regsim/regsim.dll calibrate /repo/scenarios/calibration.json --particles 12 --replications 4 --predictive-replications 20 --sbc-records 0"
            + " --out /data/cal --threads 2\n",
            scripts.Gather);
        var exec = Assert.Single(scripts.Gather.Split('\n'), l => l.StartsWith("exec ", StringComparison.Ordinal));
        Assert.DoesNotContain("--shard", exec);
        Assert.Contains("#SBATCH --job-name=regsim-calibration-calibration-gather", ScriptText.Directives(scripts.Gather));
        Assert.Contains("#SBATCH --cpus-per-task=2", ScriptText.Directives(scripts.Gather)); // it runs the predictive checks
        Assert.Contains("#SBATCH --output=\"/data/cal/slurm/logs/gather-%j.out\"", ScriptText.Directives(scripts.Gather));
    }

    [Fact]
    public void Submit_QueuesTheGatherAfterTheWholeArraySucceeds()
    {
        var scripts = SlurmJobScripts.Render(Job());

        var lines = scripts.Submit.Split('\n');
        var array = Array.FindIndex(lines, l => l.StartsWith("array_id=$(sbatch --parsable", StringComparison.Ordinal));
        var gather = Array.FindIndex(lines, l => l.Contains("--dependency=\"afterok:$array_id\"", StringComparison.Ordinal));
        Assert.True(array >= 0 && gather > array, scripts.Submit);
        Assert.EndsWith(" /data/cal/slurm/calibrate.sbatch)", lines[array]);
        Assert.Contains("--kill-on-invalid-dep=yes /data/cal/slurm/gather.sbatch)", lines[gather]);
        Assert.Contains("echo \"calibration array job: $array_id\"", lines);
        Assert.Contains("echo \"gather job: $gather_id\"", lines);
        Assert.Equal("calibration array job: ", scripts.Names.ArrayJobLine);
        Assert.Equal("gather job: ", scripts.Names.GatherJobLine);
    }

    [Fact]
    public void PathsWithSpacesAndQuotes_AreQuotedForTheShellAndForSbatch()
    {
        var scripts = SlurmJobScripts.Render(Job(
            output: "/data/my cals/it's 100%",
            scenario: "/repo/my scenarios/cal $b.json",
            options: ["--particles", "12", "--markdown", "/repo/my docs/V.md"]));

        Assert.Contains("calibrate '/repo/my scenarios/cal $b.json' --particles 12 --markdown '/repo/my docs/V.md' --shard", scripts.Array);
        Assert.Contains("--out '/data/my cals/it'\\''s 100%' --threads 2\n", scripts.Array);
        Assert.Contains("calibrate '/repo/my scenarios/cal $b.json' --particles 12 --markdown '/repo/my docs/V.md' --out '/data/my cals/it'\\''s 100%' --threads", scripts.Gather);
        Assert.Contains("#SBATCH --output=\"/data/my cals/it's 100%%/slurm/logs/calibrate-%A_%a.out\"", ScriptText.Directives(scripts.Array));
        Assert.Contains("'/data/my cals/it'\\''s 100%/slurm/gather.sbatch'", scripts.Submit);
    }

    [Fact]
    public void Scripts_RunWithTheExactArguments()
    {
        // With `printf` standing in for regsim, running the scripts shows the exact arguments regsim receives.
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "my cal");
        var scenario = Path.Combine(temp.Path, "it's a scenario.json");
        var job = Job(output: output, scenario: scenario) with { Regsim = "printf '%s\\n'" };
        var written = SlurmJobScripts.Render(job).WriteTo(job.ScriptDirectory).Paths;

        Assert.Equal(["calibrate.sbatch", "gather.sbatch", "submit.sh"], written.Select(Path.GetFileName));
        string[] command = ["calibrate", scenario, .. Options];
        Assert.Equal([.. command, "--shard", "2/3", "--out", output, "--threads", "2"], ScriptText.Arguments(written[0], task: "2"));
        Assert.Equal([.. command, "--out", output, "--threads", "2"], ScriptText.Arguments(written[1], task: null));
    }

    [Fact]
    public void Scripts_AreValidBash()
    {
        using var temp = new TempFolder();
        var written = SlurmJobScripts.Render(Job(output: Path.Combine(temp.Path, "it's a calibration"))).WriteTo(temp.Path).Paths;

        ScriptText.AssertValidBash(written);
    }

    [Theory]
    [InlineData("scenarios/calibration.json", "The scenario path must be absolute")]
    [InlineData("", "The scenario path must be absolute")]
    public void ScenarioPaths_ThatAreNotAbsolute_AreRejected(string scenario, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => SlurmJobScripts.Render(Job(scenario: scenario)));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Options_OnMoreThanOneLine_AreRejected()
    {
        Assert.Contains(Job(options: ["--markdown", "/a\nb.md"]).Problems(), p => p.StartsWith("The calibration's options must be on one line", StringComparison.Ordinal));
    }
}
