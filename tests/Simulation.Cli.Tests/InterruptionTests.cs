using System.Diagnostics;

namespace Simulation.Cli.Tests;

/// <summary>A run stopped by Ctrl-C (SIGINT) or by a scheduler (SIGTERM) must leave no half-written result, and an earlier
/// good result in the same place must survive.</summary>
public sealed class InterruptionTests : IDisposable
{
    private readonly string _temp = Regsim.TempFolder();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task InterruptedRun_LeavesNoPartialOutput_AndKeepsTheEarlierResult(string signal)
    {
        var outDir = Path.Combine(_temp, "result");
        Assert.Equal(0, Regsim.Run("run", "scenarios/smoke.json", "--out", outDir).ExitCode);
        var before = File.ReadAllBytes(Path.Combine(outDir, "outcomes.csv"));

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Regsim.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "regsim.dll"), "run", "scenarios/baseline.json", "-n", "5000000", "--out", outDir })
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        try
        {
            await InterruptAndCheck(process, signal, outDir, before);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true); // a failed check must not leave a five-million-replication run behind
            }
        }
    }

    private async Task InterruptAndCheck(Process process, string signal, string outDir, byte[] before)
    {
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!Directory.EnumerateDirectories(_temp, "result.partial-*").Any() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        await Task.Delay(500);
        using (var kill = Process.Start("kill", ["-s", signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(130, process.ExitCode);
        Assert.Contains("Cancelled", await stderr);
        Assert.Equal([outDir], Directory.GetDirectories(_temp));
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(outDir, "outcomes.csv")));
    }
}
