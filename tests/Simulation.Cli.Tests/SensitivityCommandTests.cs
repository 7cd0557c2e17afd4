using System.Globalization;

namespace Simulation.Cli.Tests;

public sealed class SensitivityCommandTests : IDisposable
{
    private readonly string _temp = Regsim.TempFolder();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Theory]
    [InlineData("morris", "mu_star")]
    [InlineData("sobol", "total")]
    public void Sensitivity_WritesIndicesWithIntervals_AndABarPlotPerOutput(string method, string index)
    {
        var outDir = Path.Combine(_temp, method);

        var (code, stdout, stderr) = Regsim.Run("sensitivity", "scenarios/experiments/smoke-sweep.json", "--method", method,
            "--trajectories", "4", "--base-samples", "8", "--bootstrap", "100", "--output", "rent_dissipation", "--output", "win_medicalComplex_daegu",
            "--regime", "lee", "--out", outDir);

        Assert.True(code == 0, stderr);
        Assert.Contains("lee_equity", stdout);
        var lines = File.ReadAllLines(Path.Combine(outDir, "sensitivity.csv"));
        Assert.Equal("method,output,regime,factor,index,value,ci_low,ci_high", lines[0]);
        var main = lines.Skip(1).Select(l => l.Split(',')).Where(f => f[4] == index).ToList();
        Assert.Equal(2 * 2, main.Count);
        Assert.All(main, f =>
        {
            Assert.Equal(method, f[0]);
            Assert.Equal("lee", f[2]);
            var value = double.Parse(f[5], CultureInfo.InvariantCulture);
            Assert.InRange(value, double.Parse(f[6], CultureInfo.InvariantCulture) - 1e-12, double.Parse(f[7], CultureInfo.InvariantCulture) + 1e-12);
        });
        Assert.True(File.Exists(Path.Combine(outDir, "plots", "sensitivity_win_medicalComplex_daegu.png")));
    }

    [Fact]
    public void UnknownOutput_IsRejected()
    {
        var (code, _, stderr) = Regsim.Run("sensitivity", "scenarios/experiments/smoke-sweep.json", "--output", "happiness", "--out", Path.Combine(_temp, "x"));

        Assert.Equal(1, code);
        Assert.Contains("unknown output 'happiness'", stderr);
    }
}
