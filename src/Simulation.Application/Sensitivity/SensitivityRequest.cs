using System.Globalization;
using Simulation.Experiments;
using Simulation.Experiments.Sensitivity;

namespace Simulation.Application.Sensitivity;

/// <summary>A global sensitivity study (Morris or Sobol) of an experiment's factors or a scenario's priors.</summary>
/// <param name="ExperimentPath">Experiment file whose factors and ranges are analysed, or null when <paramref name="PriorsPath"/> is given.</param>
/// <param name="PriorsPath">Scenario file whose priors are the factors, or null when <paramref name="ExperimentPath"/> is given.</param>
/// <param name="Method">Morris or Sobol.</param>
/// <param name="Outputs">Outputs analysed; empty for the scenario's defaults (<see cref="SensitivityOutputs.Defaults"/>).</param>
/// <param name="Regime">Regime mode analysed, or null for the scenario's first mode.</param>
/// <param name="Trajectories">Morris trajectories.</param>
/// <param name="BaseSamples">Saltelli base samples.</param>
/// <param name="Bootstrap">Bootstrap resamples.</param>
/// <param name="Replications">Replications per point of a priors screening, or null for <see cref="AnalyseSensitivity.DefaultPriorReplications"/>.</param>
/// <param name="Seed">Seed of a priors screening, or null for the scenario's.</param>
/// <param name="Threads">Worker threads per point.</param>
/// <param name="OutputDirectory">Output folder, or null for <c>output/&lt;experiment&gt;-&lt;method&gt;/</c>.</param>
/// <param name="MarkdownPath">A Markdown file whose generated <c>sensitivity</c> block is refreshed, or null.</param>
/// <param name="Format">The index table as CSV, Parquet or both.</param>
/// <param name="Shard">Run only this shard's design points (those whose index modulo N is I) into
/// <c>shard-I-of-N/</c> in the output folder and stop; null runs the whole study, taking in what its shards finished.</param>
public sealed record SensitivityRequest(string? ExperimentPath, string? PriorsPath, SensitivityMethod Method, IReadOnlyList<string> Outputs, string? Regime,
    int Trajectories, int BaseSamples, int Bootstrap, int? Replications, ulong? Seed, int Threads, string? OutputDirectory, string? MarkdownPath,
    Output.OutputFormat Format = Output.OutputFormat.Csv, ShardSpec? Shard = null)
{
    /// <summary>Returns the words after <c>regsim sensitivity</c> that give this study and its results (the experiment or
    /// <c>--priors</c> scenario first, then every option that changes the numbers or the Markdown block), and none of the
    /// options of where or how it runs (folder, threads, shard, format): what every job of a sharded study passes.</summary>
    public IReadOnlyList<string> ResultArguments()
    {
        var words = PriorsPath is { } priors ? new List<string> { "--priors", priors } : [ExperimentPath ?? ""];
        words.AddRange(["--method", Method.ToString().ToLowerInvariant()]);
        foreach (var output in Outputs)
        {
            words.AddRange(["--output", output]);
        }
        if (Regime is { } regime)
        {
            words.AddRange(["--regime", regime]);
        }
        // Only the chosen method's design option: the other one is refused with it, as an option it would ignore.
        words.AddRange(Method == Experiments.Sensitivity.SensitivityMethod.Morris ? ["--trajectories", Number(Trajectories)] : ["--base-samples", Number(BaseSamples)]);
        words.AddRange(["--bootstrap", Number(Bootstrap)]);
        if (Replications is { } replications)
        {
            words.AddRange(["--replications", Number(replications)]);
        }
        if (Seed is { } seed)
        {
            words.AddRange(["--seed", seed.ToString(CultureInfo.InvariantCulture)]);
        }
        if (MarkdownPath is { } markdown)
        {
            words.AddRange(["--markdown", markdown]);
        }
        return words;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
