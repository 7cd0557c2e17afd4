using Simulation.Output.Batch;

namespace Simulation.Application.Batch;

/// <summary>What <see cref="WriteSlurmJobs"/> wrote, for the host to say: the job, the regsim its nodes run and why, the
/// scripts written (and any earlier ones kept aside), the warnings found on the way, and the job's layout in words.</summary>
/// <param name="Job">The job the scripts run.</param>
/// <param name="Regsim">The regsim the nodes run, and how it was chosen.</param>
/// <param name="Name">The experiment's, calibration's or study's name.</param>
/// <param name="Warnings">What the user should know before submitting (idle shards, an array too large, an old binary).</param>
/// <param name="Layout">What the tasks run and where the results go, ending the summary line after the task count.</param>
/// <param name="Written">The scripts written.</param>
public sealed record SlurmJobsWritten(SlurmJob Job, ClusterRegsim Regsim, string Name, IReadOnlyList<string> Warnings, string Layout, WrittenScripts Written);
