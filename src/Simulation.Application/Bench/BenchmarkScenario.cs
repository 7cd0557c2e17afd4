using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Simulation.Experiments.Benchmarks;
using Simulation.Experiments.Scenarios;
using Simulation.Output;
using Simulation.Output.Csv;

namespace Simulation.Application.Bench;

/// <summary>
/// Measures a scenario so every speed figure quoted comes with the command that produced it: the speed figures of
/// <see cref="SpeedBenchmark"/> and <see cref="CalibrationBenchmark"/>, then, in child processes running <c>regsim run --quiet --no-outcomes</c> on 10^4, 10^5
/// and 10^6 replications, the peak working set each reports in its manifest and its wall time.
/// </summary>
public sealed class BenchmarkScenario
{
    /// <summary>Measures; throws <see cref="ScenarioException"/> for a rejected scenario, <see cref="InvalidDataException"/> for
    /// an earlier benchmark's file that is missing or is not one (read before anything is measured),
    /// <see cref="ProbeFailedException"/> when a child run fails, <see cref="ResultsNotWrittenException"/> when the CSV file
    /// cannot be written and <see cref="OperationCanceledException"/>.</summary>
    public async Task<BenchOutcome> RunAsync(BenchRequest request, CancellationToken cancellationToken)
    {
        var before = request.AgainstFile is { } against ? Earlier(against) : null;
        if (request.OutputFile is { } output)
        {
            CheckOutput(output);
        }
        var loaded = ScenarioLoader.Load(request.ScenarioPath);
        var cores = Environment.ProcessorCount;
        var rows = new List<BenchMeasurement>();
        rows.AddRange(await Task.Run(() => SpeedBenchmark.Measure(loaded, request.Replications, request.SweepPoints, cores, request.Runs, cancellationToken), cancellationToken));
        if (await Task.Run(() => CalibrationBenchmark.Measure(loaded, request.Particles, cores, request.Runs, cancellationToken), cancellationToken) is { } particles)
        {
            rows.Add(particles);
        }
        long[] probes = request.Quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
        foreach (var replications in probes)
        {
            rows.AddRange(await ProbeMemory(request.RunCommand, Path.GetFullPath(request.ScenarioPath), replications, cores, cancellationToken));
        }
        if (request.OutputFile is { } file)
        {
            ResultsNotWrittenException.Guard(file, () => BenchCsv.Write(file, rows));
        }
        return new BenchOutcome(loaded, cores, rows, before is null ? null : BenchChange.Of(rows, before));
    }

    // Before anything is measured: the file --out names must be new or an earlier benchmark's table, which it replaces, in a
    // folder that exists; any other file is the user's and is never overwritten.
    private static void CheckOutput(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new InvalidDataException($"--out '{path}': its folder '{folder}' does not exist.");
        }
        if (!File.Exists(path))
        {
            return;
        }
        try
        {
            BenchCsv.Read(path);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"--out '{path}' holds a file that is not a table regsim bench wrote ({e.Message}); it is left as it is: "
                + "choose another file name.", e);
        }
    }

    // The figures of an earlier benchmark's CSV file.
    private static IReadOnlyList<BenchMeasurement> Earlier(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"'{path}' {(Directory.Exists(path) ? "is a folder" : "does not exist")}: --against takes the CSV file an earlier regsim bench wrote with --out.");
        }
        return BenchCsv.Read(path);
    }

    // Runs `regsim run --quiet --no-outcomes` in a child process, so the peak working set is that of a run alone.
    private static async Task<BenchMeasurement[]> ProbeMemory(IReadOnlyList<string> runCommand, string scenarioPath, long replications, int cores,
        CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "regsim-bench-" + Guid.NewGuid().ToString("N"));
        var power = $"10^{Math.Round(Math.Log10(replications))}";
        try
        {
            var start = new ProcessStartInfo(runCommand[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in runCommand.Skip(1).Concat(["run", scenarioPath, "--quiet", "--no-outcomes", "-n", replications.ToString(CultureInfo.InvariantCulture),
                "--threads", cores.ToString(CultureInfo.InvariantCulture), "--out", folder]))
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start) ?? throw new ProbeFailedException($"could not start {start.FileName}");
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                await process.WaitForExitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
            await output;
            if (process.ExitCode != 0)
            {
                throw new ProbeFailedException($"the {replications:N0}-replication probe exited with code {process.ExitCode}: {(await error).Trim()}");
            }
            using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, ManifestWriter.FileName), cancellationToken));
            var peak = manifest.RootElement.GetProperty("peakWorkingSetBytes").GetInt64();
            var seconds = manifest.RootElement.GetProperty("wallTimeSeconds").GetDouble();
            return
            [
                BenchMeasurement.Once("peak_working_set", $"peak memory, {power} replications", replications, cores, peak / (1024.0 * 1024.0), MeasurementUnit.Mebibytes),
                BenchMeasurement.Once("wall_time", $"wall time of regsim run, {power} replications", replications, cores, seconds, MeasurementUnit.Seconds),
            ];
        }
        catch (Exception e) when (e is IOException or JsonException or KeyNotFoundException or System.ComponentModel.Win32Exception)
        {
            throw new ProbeFailedException($"the {power}-replication probe's results could not be read: {e.Message}");
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
