using System.Diagnostics;

namespace Simulation.Cli.Tests;

/// <summary>A run stopped by Ctrl-C (SIGINT) or by a scheduler (SIGTERM) must leave no half-written result, and an earlier
/// good result in the same place must survive.</summary>
public sealed class InterruptionTests : IDisposable
{
    private readonly string _temp = Regsim.TempFolder();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [SkippableTheory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task InterruptedRun_LeavesNoPartialOutput_AndKeepsTheEarlierResult(string signal)
    {
        // A shell without job control starts its background commands with SIGINT ignored, and the run inherits that: Ctrl-C
        // cannot reach it, so there is nothing to test (run the tests in the foreground to test it).
        Skip.If(signal == "INT" && InterruptIgnored(), "SIGINT is ignored in this process (started in the background by a shell without job control)");
        var outDir = Path.Combine(_temp, "result");
        // An earlier result of the same scenario: a run of another would be refused rather than replace it.
        Assert.Equal(0, Regsim.Run("run", "scenarios/baseline.json", "-n", "20", "--out", outDir).ExitCode);
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

    [Fact]
    public async Task AKilledRunsStagingFolder_IsNamedByTheNextRunIntoTheSameFolder_AndLeftAlone()
    {
        // kill -9 (a cluster's time limit, an out-of-memory kill) gives the run no chance to remove its staging folder.
        var outDir = Path.Combine(_temp, "killed");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Regsim.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "regsim.dll"), "run", "scenarios/baseline.json", "-n", "5000000", "--out", outDir })
        {
            start.ArgumentList.Add(a);
        }
        using (var process = Process.Start(start)!)
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!Directory.EnumerateDirectories(_temp, "killed.partial-*").Any() && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        var left = Assert.Single(Directory.GetDirectories(_temp, "killed.partial-*"));
        Directory.CreateDirectory(Path.Combine(_temp, "killed.partial-notes")); // the user's own folder, not a staging one

        var (code, stdout, stderr) = Regsim.Run("run", "scenarios/smoke.json", "--out", outDir);

        Assert.True(code == 0, stderr);
        Assert.Contains($"Left beside it by an interrupted run, not results: {left}; delete it once no other run writes to {outDir}/", stdout);
        Assert.DoesNotContain("partial-notes", stdout);
        Assert.True(Directory.Exists(left), "named, never deleted");
    }

    [Fact]
    public async Task ASecondRunIntoAFolderARunIsWriting_IsRefusedNamingIt_UntilThatRunIsOver()
    {
        var outDir = Path.Combine(_temp, "shared");
        Assert.Equal(0, Regsim.Run("run", "scenarios/smoke.json", "--out", outDir, "-q").ExitCode);
        var before = File.ReadAllBytes(Path.Combine(outDir, "manifest.json"));
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Regsim.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "regsim.dll"), "run", "scenarios/smoke.json", "-n", "5000000", "--out", outDir })
        {
            start.ArgumentList.Add(a);
        }
        string staging;
        using (var first = Process.Start(start)!)
        {
            try
            {
                _ = first.StandardOutput.ReadToEndAsync();
                _ = first.StandardError.ReadToEndAsync();
                var deadline = DateTime.UtcNow.AddSeconds(60);
                while (!Directory.EnumerateDirectories(_temp, "shared.partial-*").Any(d => Directory.EnumerateFiles(d, ".regsim-*.lock").Any())
                    && DateTime.UtcNow < deadline)
                {
                    await Task.Delay(100);
                }
                staging = Assert.Single(Directory.GetDirectories(_temp, "shared.partial-*"));

                var (code, stdout, stderr) = Regsim.Run("run", "scenarios/smoke.json", "--out", outDir, "-q");

                Assert.Equal(1, code);
                Assert.Equal($"another run is writing to '{outDir}' (process {first.Id}, into '{staging}'); wait until it has finished, or choose another folder\n",
                    stderr);
                Assert.Empty(stdout);
                Assert.False(first.HasExited);
                Assert.Equal([outDir, staging], Directory.GetDirectories(_temp).Order(StringComparer.Ordinal));
            }
            finally
            {
                first.Kill(entireProcessTree: true); // killed outright: its staging folder stays, its lock goes with it
                await first.WaitForExitAsync();
            }
        }

        var (after, said, error) = Regsim.Run("run", "scenarios/smoke.json", "--out", outDir, "-q");

        Assert.True(after == 0, error);
        Assert.Contains($"Left beside it by an interrupted run, not results: {staging};", said);
        Assert.NotEqual(before, File.ReadAllBytes(Path.Combine(outDir, "manifest.json")));
    }

    [Fact]
    public async Task ACalibrationStoppedAfterItsLastStage_ExitsAsCancelled_KeepsItsParticles_AndLeavesNoStagingFolder()
    {
        // A batch job's time limit or scancel can land while the predictive checks run, after the sampler's last stage.
        var outDir = Path.Combine(_temp, "cal");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Regsim.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "regsim.dll"), "calibrate", "scenarios/calibration.json", "--particles", "12",
            "--replications", "2", "--moves", "1", "--predictive-replications", "2000000", "--sbc-records", "0", "--out", outDir })
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        try
        {
            _ = process.StandardOutput.ReadToEndAsync();
            var stderr = new System.Text.StringBuilder();
            var buffer = new char[4096];
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            while (!stderr.ToString().Contains("temperature 1,", StringComparison.Ordinal))
            {
                var read = await process.StandardError.ReadAsync(buffer, timeout.Token);
                Assert.True(read > 0, $"the calibration ended before its last stage: {stderr}");
                stderr.Append(buffer, 0, read);
            }
            await Task.Delay(500);
            using (var kill = Process.Start("kill", ["-s", "TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }
            stderr.Append(await process.StandardError.ReadToEndAsync(timeout.Token));
            await process.WaitForExitAsync(timeout.Token);

            Assert.True(process.ExitCode == 130, $"exit {process.ExitCode}: {stderr}");
            Assert.Contains("Cancelled; the finished particles are kept", stderr.ToString());
            Assert.True(File.Exists(Path.Combine(outDir, "particles.csv")));
            Assert.Empty(Directory.GetDirectories(outDir, ".partial-*"));
            Assert.Equal([outDir], Directory.GetDirectories(_temp));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    // Whether this process (and so the run it starts) ignores SIGINT: bit 1 of the SigIgn mask in /proc/self/status (Linux).
    private static bool InterruptIgnored()
    {
        const string Status = "/proc/self/status";
        var line = File.Exists(Status) ? File.ReadLines(Status).FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal)) : null;
        return line is not null
            && ulong.TryParse(line["SigIgn:".Length..].Trim(), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var mask)
            && (mask & 0b10) != 0;
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
