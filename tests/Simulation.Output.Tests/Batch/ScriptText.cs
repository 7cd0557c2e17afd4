using System.Diagnostics;

namespace Simulation.Output.Tests.Batch;

/// <summary>What the Slurm script tests read from a script: its <c>#SBATCH</c> lines, and whether bash can parse it.</summary>
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
}
