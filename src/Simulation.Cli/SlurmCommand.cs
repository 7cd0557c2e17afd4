using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;

namespace Simulation.Cli;

/// <summary>
/// Defines <c>regsim slurm</c>: writes the Slurm scripts that run an experiment's sweep (or, with the <c>calibrate</c>
/// subcommand, a scenario's calibration, and with <c>sensitivity</c>, a sensitivity study) as a job array of shards and gather the shards afterwards, without submitting
/// anything, so the scripts can be read (or edited) first.
/// </summary>
public static class SlurmCommand
{
    /// <summary>
    /// Returns the command, wired to <see cref="SlurmService"/>. Options: those of <c>regsim sweep</c> that decide its rows
    /// (<see cref="SweepOptions"/>: <c>--replications N</c> [default: the experiment's]), <c>--shards N</c> (required, ≥ 1),
    /// <c>--out DIR</c> [default: output/&lt;experiment-name&gt;/, or output/&lt;experiment-name&gt;-nN/ with <c>--replications N</c>],
    /// <c>--threads-per-task C</c> [default: 1],
    /// <c>--partition P</c> and <c>--time HH:MM:SS</c> [default: the cluster's], <c>--regsim COMMAND</c> [default: a
    /// self-contained binary when there is one, as <see cref="Simulation.Application.Batch.ClusterRegsim.Choose"/> decides,
    /// else the regsim now running, by absolute path]. <c>regsim slurm calibrate SCENARIO</c> and
    /// <c>regsim slurm sensitivity EXPERIMENT</c> take the same options and those of their verb that change its results.
    /// </summary>
    public static Command Create(IServiceProvider services)
    {
        var sweep = new SweepOptions();
        var slurm = new SlurmOptions(
            "Sweep folder: shards go to shard-I-of-N/ in it, the merged sweep.csv into it, the scripts to slurm/ [default: output/<experiment-name>/, or output/<experiment-name>-nN/ with --replications N]",
            "CPUs each array task asks for and sweep threads it runs",
            partitionAlias: true);

        var command = new Command("slurm", "Write Slurm scripts that run an experiment's sweep as a job array of shards, then merge them; 'slurm calibrate' and 'slurm sensitivity' do the same for a calibration and a sensitivity study");
        sweep.AddTo(command);
        slurm.AddTo(command);
        command.Add(CreateCalibrate(services));
        command.Add(CreateSensitivity(services));
        command.SetAction((parse, _) =>
        {
            var cluster = slurm.Request(parse);
            return services.GetRequiredService<SlurmService>().WriteScripts(
                sweep.Request(parse, cluster.OutputDirectory, cluster.ThreadsPerTask, shard: null, cluster.Format), cluster);
        });
        return command;
    }

    // regsim slurm calibrate SCENARIO: a subcommand, so the sweep form keeps its arguments as they are.
    private static Command CreateCalibrate(IServiceProvider services)
    {
        var calibration = new CalibrationOptions();
        var slurm = new SlurmOptions(
            "Calibration folder: shards go to shard-I-of-N/ in it, the gathered results into it, the scripts to slurm/ [default: output/<scenario-name>-calibration/]",
            "CPUs each job asks for and calibration threads it runs",
            partitionAlias: false);

        var command = new Command("calibrate", "Write Slurm scripts that run a scenario's calibration as a job array of shards of particles, then gather them and finish");
        calibration.AddTo(command);
        slurm.AddTo(command);
        command.SetAction((parse, _) =>
        {
            var cluster = slurm.Request(parse);
            return services.GetRequiredService<SlurmService>().WriteCalibrationScripts(
                calibration.Request(parse, cluster.ThreadsPerTask, cluster.OutputDirectory, shard: null), cluster);
        });
        return command;
    }

    // regsim slurm sensitivity [EXPERIMENT | --priors SCENARIO]: the study's design points as a job array of shards.
    private static Command CreateSensitivity(IServiceProvider services)
    {
        var study = new SensitivityOptions();
        var slurm = new SlurmOptions(
            "Study folder: shards go to shard-I-of-N/ in it, the gathered points and the indices into it, the scripts to slurm/ [default: output/<experiment>-<method>/, or output/<scenario>-priors-<method>/]",
            "CPUs each job asks for and threads it runs per design point",
            partitionAlias: true);

        var command = new Command("sensitivity", "Write Slurm scripts that run a sensitivity study's design points as a job array of shards, then gather them and compute the indices");
        study.AddTo(command);
        slurm.AddTo(command);
        command.SetAction((parse, _) =>
        {
            var cluster = slurm.Request(parse);
            return services.GetRequiredService<SlurmService>().WriteSensitivityScripts(
                study.Request(parse, cluster.ThreadsPerTask, cluster.OutputDirectory, shard: null), cluster);
        });
        return command;
    }
}
