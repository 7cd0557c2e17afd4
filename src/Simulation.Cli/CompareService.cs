using System.Diagnostics;
using Simulation.Experiments;
using Simulation.Experiments.Comparison;
using Simulation.Experiments.Scenarios;
using Simulation.Output;
using Simulation.Output.Comparison;
using Spectre.Console;

namespace Simulation.Cli;

/// <summary>
/// The application service behind <c>regsim compare</c>: loads both scenarios, runs them in pairs on the same random
/// streams, writes the comparison atomically and prints what differs and the largest changes in who wins.
/// </summary>
public sealed class CompareService(CommandFailures failures, ConsoleStreams console)
{
    /// <summary>Largest changes in win probability printed.</summary>
    public const int Top = 8;

    /// <summary>Returns the exit code of a comparison.</summary>
    public Task<int> RunAsync(CompareRequest request, CancellationToken cancellationToken)
    {
        var wording = new FailureWording("Failed to write results", Refused: "Cannot compare");
        return failures.RunAsync(async () =>
        {
            var a = ScenarioLoader.Load(request.ScenarioA);
            var b = ScenarioLoader.Load(request.ScenarioB);
            var options = new RunOptions(request.Replications ?? Math.Max(a.Model.Replications, b.Model.Replications), request.Seed ?? a.Model.Seed, request.Threads);
            var finalPath = request.OutputDirectory ?? Path.Combine("output", $"compare-{a.Model.Name}-vs-{b.Model.Name}");
            wording = wording with { WriteFailed = $"Failed to write results to '{finalPath}'" };
            var started = DateTimeOffset.UtcNow;
            var clock = Stopwatch.StartNew();
            var result = await Task.Run(() => ScenarioComparison.Run(a, b, options, null, cancellationToken), cancellationToken);
            using var staging = OutputDirectory.Create(finalPath);
            var files = ComparisonWriter.Write(staging.Path, a.Model, b.Model, a.Model.Name, b.Model.Name, result).ToList();
            files.Add("manifest.json");
            files.Sort(StringComparer.Ordinal);
            ManifestWriter.Write(Path.Combine(staging.Path, "manifest.json"), new ComparisonManifest(
                ToolVersion.Current, a.Files, b.Files, options.Seed, options.Replications, options.Threads, result.Modes,
                started.ToString("O"), clock.Elapsed.TotalSeconds, files));
            staging.Commit();
            if (!request.Quiet)
            {
                Print(result, a.Model.Name, b.Model.Name);
            }
            console.Out.WriteLine($"Comparison in {finalPath}/ ({options.Replications:N0} replication pairs, {clock.Elapsed.TotalSeconds:F1} s)");
            return ExitCodes.Ok;
        }, () => wording);
    }

    private void Print(ComparisonResult result, string labelA, string labelB)
    {
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Out), Interactive = InteractionSupport.No });
        var parameters = new Table().Title(Markup.Escape($"Parameters that differ ({result.Parameters.Count})")).AddColumns("parameter", Markup.Escape(labelA), Markup.Escape(labelB));
        foreach (var p in result.Parameters.Take(20))
        {
            parameters.AddRow(Markup.Escape(p.Path), Markup.Escape(p.A), Markup.Escape(p.B));
        }
        terminal.Write(parameters);
        var changes = new Table().Title(Markup.Escape($"Largest changes in win probability, {labelB} − {labelA} (± half the 95 % paired interval)"))
            .AddColumns("regime", "project:region", Markup.Escape(labelA), Markup.Escape(labelB), "change");
        foreach (var d in result.Differences.Where(d => d.Kind == "win").OrderByDescending(d => Math.Abs(d.Difference)).ThenBy(d => d.Name, StringComparer.Ordinal).Take(Top))
        {
            changes.AddRow(d.Regime, d.Name, $"{d.MeanA:0.000}", $"{d.MeanB:0.000}", $"{d.Difference:+0.000;-0.000;0} ± {(d.CiHigh - d.CiLow) / 2:0.000}");
        }
        terminal.Write(changes);
    }
}
