using System.Text;

namespace Simulation.Cli.Tests;

/// <summary>Input files as every command reads them: an experiment saved with a byte-order mark is read as a scenario is, a
/// file of another kind is named in one line with the commands that read it, and an option merge does not have is said to be
/// one, not looked for as a shard folder.</summary>
public sealed class InputFileTests : IDisposable
{
    private readonly string _temp = Regsim.TempFolder();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Theory]
    [InlineData("sweep", "-n", "1", "--quiet")]
    [InlineData("sensitivity", "--trajectories", "2", "--bootstrap", "0", "--output", "rent_dissipation", "--quiet")]
    [InlineData("slurm", "--shards", "2")]
    public void AnExperimentSavedWithAByteOrderMark_IsReadByEveryCommandThatReadsExperiments(string command, params string[] options)
    {
        var experiment = Path.Combine(_temp, "bom-exp.json");
        var text = File.ReadAllText(Path.Combine(Regsim.Root, "scenarios", "experiments", "smoke-sweep.json"))
            .Replace("\"../baseline.json\"", $"\"{Path.Combine(Regsim.Root, "scenarios", "smoke.json").Replace("\\", "/")}\"", StringComparison.Ordinal);
        File.WriteAllBytes(experiment, [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)]);
        var folder = Path.Combine(_temp, "out");

        var (code, _, stderr) = Regsim.Run([command, experiment, .. options, "--out", folder]);

        Assert.True(code == 0, stderr);
        Assert.DoesNotContain("0xEF", stderr);
        Assert.True(Directory.Exists(folder));
    }

    [Theory]
    [InlineData("is an experiment", "which regsim sweep, sensitivity and slurm read, not a scenario", "run", "scenarios/experiments/lee-weights.json")]
    [InlineData("is an experiment", "which regsim sweep, sensitivity and slurm read, not a scenario", "compare", "scenarios/smoke.json", "scenarios/experiments/smoke-sweep.json")]
    [InlineData("is a scenario", "which regsim run, compare, validate, calibrate, eval and sensitivity --priors read, not an experiment", "sweep", "scenarios/baseline.json")]
    [InlineData("is a scenario", "not an experiment", "sensitivity", "scenarios/smoke.json")]
    [InlineData("is a JSON Schema", "not a scenario", "run", "scenarios/scenario.schema.json")]
    [InlineData("is a JSON Schema", "not an experiment", "slurm", "scenarios/experiment.schema.json", "--shards", "2")]
    public void AFileOfAnotherKind_IsNamedInOneLine_WithTheCommandsThatReadIt(string what, string readers, params string[] args)
    {
        var (code, stdout, stderr) = Regsim.Run([.. args, "--out", Path.Combine(_temp, "never")]);

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($": $: {what}", line);
        Assert.Contains(readers, line);
        Assert.DoesNotContain("check the spelling", line);
        Assert.False(Directory.Exists(Path.Combine(_temp, "never")));
    }

    [Fact]
    public void ARunsManifestGivenAsTheScenario_IsNamedInOneLine_WithTheScenarioItRan()
    {
        var run = Path.Combine(_temp, "run");
        Assert.Equal(0, Regsim.Run("run", "scenarios/smoke.json", "-n", "1", "--out", run, "--quiet").ExitCode);

        var (code, _, stderr) = Regsim.Run("run", Path.Combine(run, "manifest.json"), "--out", Path.Combine(_temp, "never"));

        Assert.Equal(2, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("manifest.json: $: is the manifest regsim writes beside a command's results", line);
        Assert.EndsWith("the scenario it records is 'scenarios/smoke.json'", line);
    }

    [Fact]
    public void AnOptionMergeDoesNotHave_IsSaidToBeNoOption_NotAShardFolderThatDoesNotExist()
    {
        var shard = Directory.CreateDirectory(Path.Combine(_temp, "shard-0-of-2")).FullName;
        var merged = Path.Combine(_temp, "merged");

        var (code, stdout, stderr) = Regsim.Run("merge", shard, "-q", "--out", merged);

        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Equal("'-q' is not an option of this command, and no shard folder of that name exists.\n"
            + "See 'regsim merge --help' for its arguments and options.\n", stderr);
        Assert.False(Directory.Exists(merged));
    }
}
