using System.Diagnostics;

namespace Simulation.Output.Tests.Batch;

/// <summary>What the Slurm script tests read from a script: its <c>#SBATCH</c> lines, whether bash can parse it, and the
/// arguments it passes on.</summary>
internal static class ScriptText
{
    public static IEnumerable<string> Directives(string script) =>
        script.Split('\n').Where(l => l.StartsWith("#SBATCH ", StringComparison.Ordinal));

    public static void AssertValidBash(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var check = new ProcessStartInfo("bash", ["-n", path]) { RedirectStandardError = true };
            using var bash = Process.Start(check)!;
            var error = bash.StandardError.ReadToEnd();
            bash.WaitForExit();
            Assert.True(bash.ExitCode == 0, $"{path}: {error}");
        }
    }

    // Runs a script whose regsim is `printf '%s\n'`, as Slurm would run array task `task` (null: not an array task), and
    // returns the arguments regsim would receive, one per line.
    public static string[] Arguments(string script, string? task)
    {
        var start = new System.Diagnostics.ProcessStartInfo("bash", [script]) { RedirectStandardOutput = true };
        if (task is not null)
        {
            start.Environment["SLURM_ARRAY_TASK_ID"] = task;
        }
        using var bash = System.Diagnostics.Process.Start(start)!;
        var args = bash.StandardOutput.ReadToEnd().TrimEnd('\n').Split('\n');
        bash.WaitForExit();
        Assert.Equal(0, bash.ExitCode);
        return args;
    }
}
