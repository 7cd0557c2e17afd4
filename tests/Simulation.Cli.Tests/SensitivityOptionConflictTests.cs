namespace Simulation.Cli.Tests;

/// <summary>An option the chosen sensitivity method does not use is refused before anything runs, not ignored.</summary>
public sealed class SensitivityOptionConflictTests : IDisposable
{
    private readonly string _temp = Regsim.TempFolder();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Theory]
    [InlineData("morris", "--base-samples", "16", "--base-samples sets a Sobol study's design, which --method morris does not use")]
    [InlineData("sobol", "--trajectories", "5", "--trajectories sets a Morris screening's design, which --method sobol does not use")]
    public void AnOptionTheMethodDoesNotUse_IsRefused_NotIgnored(string method, string option, string value, string message)
    {
        var output = Path.Combine(_temp, "x");

        var (code, _, stderr) = Regsim.Run("sensitivity", "scenarios/experiments/smoke-sweep.json", "--method", method, option, value, "--out", output, "-q");

        Assert.Equal(1, code);
        Assert.Contains(message, stderr);
        Assert.False(Directory.Exists(output));
    }
}
