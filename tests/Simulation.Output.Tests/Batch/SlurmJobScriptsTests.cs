using System.Diagnostics;
using Simulation.Output.Batch;

namespace Simulation.Output.Tests.Batch;

public sealed class SlurmJobScriptsTests
{
    private static SlurmJob Job(
        int shards = 3,
        string output = "/data/sweeps/smoke",
        string experiment = "/repo/scenarios/experiments/smoke-sweep.json",
        int threads = 2,
        string? partition = null,
        string? time = null,
        string? memory = null) =>
        new(SlurmJobKind.Sweep, "dotnet /opt/regsim/regsim.dll", [experiment], output, shards, threads, partition, time, "regsim-smoke-sweep", memory);

    [Theory]
    [InlineData(1, "0-0")]
    [InlineData(3, "0-2")]
    [InlineData(250, "0-249")]
    public void Sweep_IsAnArrayWithOneTaskPerShard(int shards, string range)
    {
        var scripts = SlurmJobScripts.Render(Job(shards));

        Assert.Contains($"#SBATCH --array={range}", ScriptText.Directives(scripts.Array));
        Assert.DoesNotContain(ScriptText.Directives(scripts.Gather), d => d.StartsWith("#SBATCH --array", StringComparison.Ordinal));
    }

    [Fact]
    public void Sweep_RunsTheTasksShardIntoItsOwnFolder()
    {
        var scripts = SlurmJobScripts.Render(Job(shards: 3, threads: 2));

        Assert.Contains("shard=\"${SLURM_ARRAY_TASK_ID:?", scripts.Array);
        Assert.Contains(
            "exec dotnet /opt/regsim/regsim.dll sweep /repo/scenarios/experiments/smoke-sweep.json --shard \"$shard/3\" --out /data/sweeps/smoke/\"shard-$shard-of-3\" --threads 2\n",
            scripts.Array);
        Assert.Contains("#SBATCH --cpus-per-task=2", ScriptText.Directives(scripts.Array));
        Assert.Contains("#SBATCH --output=\"/data/sweeps/smoke/slurm/logs/sweep-%A_%a.out\"", ScriptText.Directives(scripts.Array));
    }

    [Fact]
    public void Merge_JoinsTheShardFoldersOfThisShardCountIntoTheSweepFolder()
    {
        var scripts = SlurmJobScripts.Render(Job(shards: 4));

        Assert.Contains("out=/data/sweeps/smoke\n", scripts.Gather);
        Assert.Contains("exec dotnet /opt/regsim/regsim.dll merge --out \"$out\" \"$out\"/shard-*-of-4\n", scripts.Gather);
        Assert.Contains("#SBATCH --output=\"/data/sweeps/smoke/slurm/logs/merge-%j.out\"", ScriptText.Directives(scripts.Gather));
    }

    [Fact]
    public void Submit_QueuesTheMergeAfterTheWholeArraySucceeds()
    {
        var scripts = SlurmJobScripts.Render(Job());

        var lines = scripts.Submit.Split('\n');
        var array = Array.FindIndex(lines, l => l.StartsWith("array_id=$(sbatch --parsable", StringComparison.Ordinal));
        var merge = Array.FindIndex(lines, l => l.Contains("--dependency=\"afterok:$array_id\"", StringComparison.Ordinal));
        Assert.True(array >= 0 && merge > array, scripts.Submit);
        Assert.EndsWith(" /data/sweeps/smoke/slurm/sweep.sbatch)", lines[array]);
        Assert.Contains("--kill-on-invalid-dep=yes /data/sweeps/smoke/slurm/merge.sbatch)", lines[merge]);
        Assert.Contains($"echo \"{scripts.Names.ArrayJobLine}$array_id\"", lines);
        Assert.Contains($"echo \"{scripts.Names.GatherJobLine}$merge_id\"", lines);
    }

    [Fact]
    public void PartitionAndTime_AreAskedOfBothJobsOnlyWhenGiven()
    {
        var plain = SlurmJobScripts.Render(Job());
        var placed = SlurmJobScripts.Render(Job(partition: "long", time: "1-12:00:00"));

        Assert.DoesNotContain(ScriptText.Directives(plain.Array + plain.Gather), d => d.Contains("--partition") || d.Contains("--time"));
        foreach (var script in new[] { placed.Array, placed.Gather })
        {
            Assert.Contains("#SBATCH --partition=long", ScriptText.Directives(script));
            Assert.Contains("#SBATCH --time=1-12:00:00", ScriptText.Directives(script));
        }
    }

    [Fact]
    public void PathsWithSpacesAndQuotes_AreQuotedForTheShellAndForSbatch()
    {
        var scripts = SlurmJobScripts.Render(Job(output: "/data/my sweeps/it's 100%", experiment: "/repo/my experiments/a $b.json"));

        Assert.Contains("sweep '/repo/my experiments/a $b.json' --shard", scripts.Array);
        Assert.Contains("--out '/data/my sweeps/it'\\''s 100%'/\"shard-$shard-of-3\"", scripts.Array);
        Assert.Contains("out='/data/my sweeps/it'\\''s 100%'\n", scripts.Gather);
        Assert.Contains("#SBATCH --output=\"/data/my sweeps/it's 100%%/slurm/logs/sweep-%A_%a.out\"", ScriptText.Directives(scripts.Array));
        Assert.Contains("'/data/my sweeps/it'\\''s 100%/slurm/sweep.sbatch'", scripts.Submit);
    }

    [Fact]
    public void Directives_ComeBeforeTheFirstCommand()
    {
        // sbatch stops reading #SBATCH lines at the first line that is not a comment.
        foreach (var script in new[] { SlurmJobScripts.Render(Job()).Array, SlurmJobScripts.Render(Job()).Gather })
        {
            var lines = script.Split('\n');
            var firstCommand = Array.FindIndex(lines, l => l.Length > 0 && !l.StartsWith('#'));
            Assert.True(Array.FindLastIndex(lines, l => l.StartsWith("#SBATCH", StringComparison.Ordinal)) < firstCommand);
        }
    }

    [Theory]
    [InlineData(0, 1, null, "--shards must be at least 1")]
    [InlineData(-2, 1, null, "--shards must be at least 1")]
    [InlineData(2, 0, null, "--threads-per-task must be at least 1")]
    [InlineData(2, 1, "two hours", "--time must be a Slurm time limit")]
    public void InvalidJobs_AreRejectedWithTheOptionNamed(int shards, int threads, string? time, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => SlurmJobScripts.Render(Job(shards: shards, threads: threads, time: time)));
        Assert.Contains(message, error.Message);
    }

    [Theory]
    [InlineData(1001, false)]
    [InlineData(1002, true)]
    [InlineData(5000, true)]
    public void AnArrayPastSlurmsDefaultMaxArraySize_IsWarnedAbout_NotRefused(int shards, bool warned)
    {
        var job = Job(shards: shards);

        Assert.Empty(job.Problems());
        Assert.Equal(warned, job.ArraySizeWarning() is not null);
        if (warned)
        {
            Assert.Contains($"indices 0-{shards - 1}", job.ArraySizeWarning());
            Assert.Contains("MaxArraySize 1001", job.ArraySizeWarning());
        }
    }

    [Theory]
    [InlineData("relative/out")]
    [InlineData("/data/a\"b")]
    [InlineData("/data/a\nb")]
    public void OutputFolders_SlurmCannotCarry_AreRejected(string output)
    {
        Assert.Contains(Job(output: output).Problems(), p => p.StartsWith("The output folder must be absolute", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("smoke-sweep", "regsim-smoke-sweep")]
    [InlineData("lee weights/2", "regsim-lee-weights-2")]
    public void JobNameFor_KeepsOnlyCharactersSlurmAccepts(string experiment, string expected)
    {
        Assert.Equal(expected, SlurmJob.JobNameFor(experiment));
    }

    [Fact]
    public void Memory_IsAskedForByBothJobs_AndOnlyWhenGiven()
    {
        var scripts = SlurmJobScripts.Render(Job(memory: "4G"));
        Assert.Contains("#SBATCH --mem=4G\n", scripts.Array);
        Assert.Contains("#SBATCH --mem=4G\n", scripts.Gather);
        Assert.DoesNotContain("--mem", SlurmJobScripts.Render(Job()).Array);
        Assert.Contains(Job(memory: "4 GB").Problems(), p => p.StartsWith("--mem must be an amount of memory", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("500", true)]
    [InlineData("500M", true)]
    [InlineData("4G", true)]
    [InlineData("0", true)] // Slurm's "all the memory of each node"
    [InlineData("0G", false)]
    [InlineData("00", false)]
    [InlineData("4GB", false)]
    [InlineData("", false)]
    public void IsMemory_AcceptsSlurmsFormats(string text, bool valid)
    {
        Assert.Equal(valid, SlurmJob.IsMemory(text));
    }

    [Theory]
    [InlineData("30", true)]
    [InlineData("02:00:00", true)]
    [InlineData("1-00", true)]
    [InlineData("1-12:30:00", true)]
    [InlineData("2h", false)]
    [InlineData("", false)]
    public void IsTimeLimit_AcceptsSlurmsFormats(string text, bool valid)
    {
        Assert.Equal(valid, SlurmJob.IsTimeLimit(text));
    }

    [Fact]
    public void WriteTo_WritesExecutableScriptsAndTheLogFolder()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "slurm");

        var written = SlurmJobScripts.Render(Job(output: temp.Path)).WriteTo(folder).Paths;

        Assert.Equal(["sweep.sbatch", "merge.sbatch", "submit.sh"], written.Select(Path.GetFileName));
        Assert.True(Directory.Exists(Path.Combine(folder, "logs")));
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        foreach (var path in written)
        {
            Assert.True(File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserExecute), path);
        }
    }

    [Fact]
    public void WriteTo_Again_KeepsAnEditedScriptBesideTheNewOne_AndRewritesAnUneditedOneInPlace()
    {
        using var temp = new TempFolder();
        var scripts = SlurmJobScripts.Render(Job(output: temp.Path));
        var first = scripts.WriteTo(temp.Path);
        var array = first.Paths[0];
        var edited = File.ReadAllText(array).Replace("#SBATCH --ntasks=1\n", "#SBATCH --ntasks=1\n#SBATCH --account=mine\n", StringComparison.Ordinal);
        Assert.Contains("--account=mine", edited);
        File.WriteAllText(array, edited);

        var second = scripts.WriteTo(temp.Path);
        File.WriteAllText(array, edited + "# again\n");
        var third = scripts.WriteTo(temp.Path);

        Assert.Empty(first.Kept);
        Assert.Equal([(array, array + ".earlier")], second.Kept);
        Assert.Equal([(array, array + ".earlier-2")], third.Kept);
        Assert.Equal(edited, File.ReadAllText(array + ".earlier"));
        Assert.Equal(edited + "# again\n", File.ReadAllText(array + ".earlier-2"));
        Assert.Equal(scripts.Array, File.ReadAllText(array));
    }

    [Fact]
    public void Submit_FromAMovedFolder_SaysSo_AndQueuesNothing_WhileInPlaceItQueues()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // bash scripts
        }
        using var temp = new TempFolder();
        var job = Job(output: Path.Combine(temp.Path, "sweep"));
        SlurmJobScripts.Render(job).WriteTo(job.ScriptDirectory);
        var bin = Directory.CreateDirectory(Path.Combine(temp.Path, "bin")).FullName; // an sbatch that records its calls
        var calls = Path.Combine(temp.Path, "calls");
        File.WriteAllText(Path.Combine(bin, "sbatch"), $"#!/usr/bin/env bash\necho \"$*\" >> '{calls}'\necho 42\n");
        File.SetUnixFileMode(Path.Combine(bin, "sbatch"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        (int Code, string Error) Submit(string folder)
        {
            // Started by a relative path, with a CDPATH that would make `cd` print where it went.
            var start = new ProcessStartInfo("bash", [Path.Combine("slurm", "submit.sh")])
            {
                WorkingDirectory = Path.GetDirectoryName(folder)!,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH");
            start.Environment["CDPATH"] = Path.GetDirectoryName(folder);
            using var bash = Process.Start(start)!;
            var error = bash.StandardError.ReadToEnd();
            bash.WaitForExit();
            return (bash.ExitCode, error);
        }
        var inPlace = Submit(job.ScriptDirectory);
        Assert.True(inPlace.Code == 0, inPlace.Error);
        Assert.Equal(2, File.ReadAllLines(calls).Length);
        File.Delete(calls);
        Directory.Move(Path.Combine(temp.Path, "sweep"), Path.Combine(temp.Path, "moved"));

        var moved = Submit(Path.Combine(temp.Path, "moved", "slurm"));

        Assert.Equal(1, moved.Code);
        Assert.Contains($"written for {job.ScriptDirectory} and are now in {Path.Combine(temp.Path, "moved", "slurm")}", moved.Error);
        Assert.False(File.Exists(calls));
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "sweep")));
    }

    [Fact]
    public void Scripts_AreValidBash()
    {
        using var temp = new TempFolder();
        var written = SlurmJobScripts.Render(Job(output: Path.Combine(temp.Path, "it's a sweep"))).WriteTo(temp.Path).Paths;

        ScriptText.AssertValidBash(written);
    }

    [Fact]
    public void Sweep_RunAsAnArrayTask_PassesTheShardArguments()
    {
        // With `echo` standing in for regsim, running the script as task 1 shows the exact arguments regsim receives.
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "my sweep");
        var job = Job(output: output) with { Regsim = "printf '%s\\n'" };
        SlurmJobScripts.Render(job).WriteTo(temp.Path);

        var start = new ProcessStartInfo("bash", [Path.Combine(temp.Path, job.Names.ArrayFileName)]) { RedirectStandardOutput = true };
        start.Environment["SLURM_ARRAY_TASK_ID"] = "1";
        using var bash = Process.Start(start)!;
        var args = bash.StandardOutput.ReadToEnd().TrimEnd('\n').Split('\n');
        bash.WaitForExit();

        Assert.Equal(0, bash.ExitCode);
        Assert.Equal(
            ["sweep", "/repo/scenarios/experiments/smoke-sweep.json", "--shard", "1/3", "--out", Path.Combine(output, "shard-1-of-3"), "--threads", "2"],
            args);
    }

    [Fact]
    public void Merge_RunAsAJob_PassesEveryShardFolderAndNoOther()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "my sweep");
        var job = Job(output: output) with { Regsim = "printf '%s\\n'" };
        SlurmJobScripts.Render(job).WriteTo(temp.Path);
        foreach (var folder in new[] { "shard-2-of-3", "shard-0-of-3", "shard-1-of-3", "shard-0-of-2", "slurm" })
        {
            Directory.CreateDirectory(Path.Combine(output, folder));
        }

        var start = new ProcessStartInfo("bash", [Path.Combine(temp.Path, job.Names.GatherFileName)]) { RedirectStandardOutput = true };
        using var bash = Process.Start(start)!;
        var args = bash.StandardOutput.ReadToEnd().TrimEnd('\n').Split('\n');
        bash.WaitForExit();

        Assert.Equal(0, bash.ExitCode);
        Assert.Equal(
            ["merge", "--out", output, .. Enumerable.Range(0, 3).Select(i => Path.Combine(output, $"shard-{i}-of-3"))],
            args);
    }
}
