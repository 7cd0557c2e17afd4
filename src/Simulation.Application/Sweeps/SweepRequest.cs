using System.Globalization;
using Simulation.Experiments;

namespace Simulation.Application.Sweeps;

/// <summary>A sweep of an experiment's design points, resumed where a previous run of it stopped.</summary>
/// <param name="ExperimentPath">Experiment file.</param>
/// <param name="OutputDirectory">Output folder, or null for the default.</param>
/// <param name="Threads">Worker threads per design point.</param>
/// <param name="Shard">The shard to run, or null for every point.</param>
/// <param name="Format">CSV only, or also the Parquet table when the sweep (or shard) is finished: its part of the dataset
/// <c>sweep.parquet/</c>, in the sweep's folder for a whole sweep, in the shards' shared one for a shard (<see cref="Output.Sweeps.SweepDataset"/>).
/// <c>sweep.csv</c> is written in every format: it is the journal a sweep resumes from and <c>regsim merge</c> joins.</param>
/// <param name="Replications">Replications per point in place of the experiment's (a quick trial of a large sweep, or a
/// longer run of it); null for the experiment's own. The manifest records it, so a folder of one count is never resumed or merged with another.</param>
public sealed record SweepRequest(string ExperimentPath, string? OutputDirectory, int Threads, ShardSpec? Shard,
    Output.OutputFormat Format = Output.OutputFormat.Csv, int? Replications = null)
{
    /// <summary>Returns the words after <c>regsim sweep</c> that give this sweep's rows: the experiment, then
    /// <c>--replications N</c> when it is given; none of where or how it runs (folder, threads, shard, format). What every
    /// task of a sharded sweep passes; quote them with <c>Shell.Join</c>.</summary>
    public IReadOnlyList<string> ResultArguments() =>
        Replications is { } n ? [ExperimentPath, "--replications", n.ToString(CultureInfo.InvariantCulture)] : [ExperimentPath];
}
