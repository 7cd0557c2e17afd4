using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Simulation.Experiments;
using Simulation.Experiments.Scenarios;
using Spectre.Console;

namespace Simulation.Cli;

/// <summary>
/// The application service behind <c>regsim bench</c>: measures how fast and in how much memory a scenario's Monte Carlo
/// runs, so every speed figure quoted comes with the command that produced it. It measures, in this process,
/// replications per second at one thread and at all cores (the median of three runs of <c>--replications</c>
/// replications, aggregation included, no files) and the parallel efficiency (rate at all cores ÷ rate at one thread ÷
/// cores); design points per second (runs of 200 replications, as a sweep makes); and, in child processes running
/// <c>regsim run --quiet --no-outcomes</c> on 10^4, 10^5 and 10^6 replications, the peak working set each reports in its
/// manifest and its wall time. It prints a table and writes nothing else unless asked for a CSV file.
/// </summary>
public sealed class BenchService(ILogger<BenchService> logger, ConsoleStreams console)
{
    /// <summary>Replications in each design point of the design-point measurement.</summary>
    public const int ReplicationsPerDesignPoint = 200;

    /// <summary>Runs per speed measurement; the median is reported.</summary>
    public const int Repeats = 3;

    private static readonly EventId BenchFailed = new(1100, nameof(BenchFailed));

    /// <summary>Returns the exit code of a benchmark.</summary>
    public async Task<int> RunAsync(BenchRequest request, CancellationToken cancellationToken)
    {
        if (ScenarioInput.Load(request.ScenarioPath, console, logger) is not { } loaded)
        {
            return ExitCodes.InvalidScenario;
        }

        var scenario = loaded.Model;
        var cores = Environment.ProcessorCount;
        try
        {
            var rows = await Task.Run(() => MeasureSpeed(scenario, request, cores, cancellationToken), cancellationToken);
            long[] probes = request.Quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
            foreach (var replications in probes)
            {
                rows.AddRange(await ProbeMemory(Path.GetFullPath(request.ScenarioPath), replications, cores, cancellationToken));
            }

            WriteTable(scenario, request, cores, rows);
            if (request.OutputFile is not null)
            {
                WriteCsv(request.OutputFile, rows);
            }
            return ExitCodes.Ok;
        }
        catch (OperationCanceledException)
        {
            console.Error.WriteLine("Cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or JsonException)
        {
            logger.LogError(BenchFailed, e, "Benchmark of {Scenario} failed", scenario.Name);
            console.Error.WriteLine($"Benchmark failed: {e.Message}");
            return ExitCodes.Failed;
        }
    }

    private static List<BenchMeasurement> MeasureSpeed(Core.Scenario scenario, BenchRequest request, int cores, CancellationToken cancellationToken)
    {
        var n = request.Replications;
        // Warm-up for a second, so that no measured run pays for compiling the model (the JIT recompiles hot methods with
        // full optimisation only after they have run for a while).
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(1))
        {
            MonteCarlo.Run(scenario, new RunOptions(Math.Min(n, 500), scenario.Seed, 1), null, null, cancellationToken);
            MonteCarlo.Run(scenario, new RunOptions(Math.Min(n, 500), scenario.Seed, cores), null, null, cancellationToken);
        }

        double Rate(int threads)
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            MonteCarlo.Run(scenario, new RunOptions(n, scenario.Seed, threads), null, null, cancellationToken);
            return n / clock.Elapsed.TotalSeconds;
        }

        double DesignPointRate()
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            for (var point = 0; point < request.SweepPoints; point++)
            {
                var options = new RunOptions(ReplicationsPerDesignPoint, scenario.Seed + (ulong)point, cores);
                MonteCarlo.Run(scenario, options, null, null, cancellationToken);
            }
            return request.SweepPoints / clock.Elapsed.TotalSeconds;
        }

        var one = Median(Enumerable.Range(0, Repeats).Select(_ => Rate(1)));
        var all = Median(Enumerable.Range(0, Repeats).Select(_ => Rate(cores)));
        var points = Median(Enumerable.Range(0, Repeats).Select(_ => DesignPointRate()));
        return
        [
            new("replications_per_second", "replications/s, 1 thread", n, 1, one, "replications/s"),
            new("replications_per_second", $"replications/s, {cores} threads (all cores)", n, cores, all, "replications/s"),
            new("parallel_efficiency", "parallel efficiency (rate at all cores ÷ rate at 1 thread ÷ cores)", n, cores, all / one / cores, "ratio"),
            new("design_points_per_second", $"design points/s ({ReplicationsPerDesignPoint} replications each)", ReplicationsPerDesignPoint, cores, points, "points/s"),
        ];
    }

    // Runs `regsim run --quiet --no-outcomes` in a child process, so the peak working set is that of a run alone.
    private static async Task<BenchMeasurement[]> ProbeMemory(string scenarioPath, long replications, int cores, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "regsim-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var start = SelfStartInfo();
            foreach (var argument in new[] { "run", scenarioPath, "--quiet", "--no-outcomes", "-n", replications.ToString(CultureInfo.InvariantCulture),
                "--threads", cores.ToString(CultureInfo.InvariantCulture), "--out", folder })
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + start.FileName);
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
                throw new InvalidOperationException($"the {replications:N0}-replication probe exited with code {process.ExitCode}: {(await error).Trim()}");
            }

            using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "manifest.json"), cancellationToken));
            var peak = manifest.RootElement.GetProperty("peakWorkingSetBytes").GetInt64();
            var seconds = manifest.RootElement.GetProperty("wallTimeSeconds").GetDouble();
            var power = $"10^{Math.Round(Math.Log10(replications))}";
            return
            [
                new("peak_working_set", $"peak memory, {power} replications", replications, cores, peak / (1024.0 * 1024.0), "MiB"),
                new("wall_time", $"wall time of regsim run, {power} replications", replications, cores, seconds, "s"),
            ];
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    // This executable: the apphost itself, or `dotnet regsim.dll` when run through the dotnet host.
    private static ProcessStartInfo SelfStartInfo()
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()?.Location ?? typeof(BenchService).Assembly.Location);
        }
        return start;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private void WriteTable(Core.Scenario scenario, BenchRequest request, int cores, IReadOnlyList<BenchMeasurement> rows)
    {
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Out), Interactive = InteractionSupport.No });
        var table = new Table()
            .Title(Markup.Escape($"regsim bench: {scenario.Name}, {scenario.Modes().Count} regime modes per replication, {cores} cores"))
            .Caption(Markup.Escape($"Rates: median of {Repeats} runs of {request.Replications:N0} replications (aggregation included, no files). " +
                "Memory and wall time: regsim run --quiet --no-outcomes in a child process." + (request.Quick ? " 10^6 probe skipped (--quick)." : string.Empty)))
            .AddColumn("measure")
            .AddColumn(new TableColumn("value").RightAligned())
            .AddColumn("unit");
        foreach (var row in rows)
        {
            var format = row.Unit switch
            {
                "ratio" => "F2",
                "MiB" or "s" or "points/s" => "F1",
                _ => "N0",
            };
            table.AddRow(Markup.Escape(row.Label), row.Value.ToString(format, CultureInfo.InvariantCulture), Markup.Escape(row.Unit));
        }
        terminal.Write(table);
    }

    // One row per measurement; the labels stay in the table, so no field needs quoting.
    private static void WriteCsv(string path, IReadOnlyList<BenchMeasurement> rows)
    {
        var text = new StringBuilder("measure,replications,threads,value,unit\n");
        foreach (var row in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"{row.Measure},{row.Replications},{row.Threads},{row.Value:R},{row.Unit}\n");
        }
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
