namespace Simulation.Application.Batch;

/// <summary>How <c>regsim slurm</c> lays out a sharded job on the cluster, as parsed; the same for every kind of job.</summary>
/// <param name="Shards">Number of shards, one array task each (≥ 1).</param>
/// <param name="OutputDirectory">The job's folder, or null for the verb's default.</param>
/// <param name="ThreadsPerTask">CPUs each job asks for and threads its regsim runs (≥ 1).</param>
/// <param name="Partition">Slurm partition, or null for the cluster's default.</param>
/// <param name="TimeLimit">Time limit of each job, or null for the partition's.</param>
/// <param name="Regsim">Shell text that runs regsim on the nodes, or null for the default of
/// <see cref="ClusterRegsim.Choose"/>.</param>
/// <param name="Format">The tables' format the jobs pass on (<c>--format</c>), CSV by default.</param>
/// <param name="Memory">Memory each job asks for (<c>4G</c>), or null for the partition's default.</param>
public sealed record SlurmRequest(int Shards, string? OutputDirectory, int ThreadsPerTask, string? Partition, string? TimeLimit, string? Regsim,
    Output.OutputFormat Format = Output.OutputFormat.Csv, string? Memory = null)
{
    /// <summary>The words that pass <see cref="Format"/> on to the jobs: none for CSV, the default.</summary>
    public IReadOnlyList<string> FormatArguments => Format == Output.OutputFormat.Csv ? [] : ["--format", Format.ToString().ToLowerInvariant()];
}
