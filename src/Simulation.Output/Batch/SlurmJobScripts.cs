using System.Globalization;
using System.Text;

namespace Simulation.Output.Batch;

/// <summary>
/// The three scripts that run a sharded sweep, calibration or sensitivity study on Slurm: a job array with one task per shard, a gather
/// job, and the script that submits both with the gather job waiting for the whole array. Rendered by
/// <see cref="Render"/>, a pure function of a <see cref="SlurmJob"/>, so the text can be tested without a cluster.
/// File names come from <see cref="SlurmJobNames"/>: <c>sweep.sbatch</c> and <c>merge.sbatch</c> for a sweep,
/// <c>calibrate.sbatch</c> (or <c>sensitivity.sbatch</c>) and <c>gather.sbatch</c> for a calibration (or a sensitivity
/// study), and <c>submit.sh</c>.
/// </summary>
/// <param name="Names">The file names and <c>submit.sh</c>'s output lines of this kind of job.</param>
/// <param name="Array">The job array; for a sweep task I runs
/// <c>regsim sweep EXPERIMENT --shard I/N --out DIR/shard-I-of-N --threads C</c>, for a calibration
/// <c>regsim calibrate SCENARIO OPTIONS --shard I/N --out DIR --threads C</c>, and likewise
/// <c>regsim sensitivity ...</c> for a sensitivity study.</param>
/// <param name="Gather">The job after the array: <c>regsim merge --out DIR DIR/shard-*-of-N</c> for a sweep,
/// <c>regsim calibrate SCENARIO OPTIONS --out DIR --threads C</c> (no <c>--shard</c>) for a calibration, and
/// likewise for a sensitivity study.</param>
/// <param name="Submit">Text of <c>submit.sh</c>: submits the array with <c>sbatch --parsable</c>, then the gather job
/// with <c>--dependency=afterok:ARRAY_ID</c>, and prints both job ids.</param>
public sealed record SlurmJobScripts(SlurmJobNames Names, string Array, string Gather, string Submit)
{
    /// <summary>File name of the submission script.</summary>
    public const string SubmitFileName = "submit.sh";

    private const UnixFileMode Executable =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
        UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    /// <summary>
    /// Returns the scripts for <paramref name="job"/>. Every path and argument is quoted for the shell; the shard number
    /// comes from <c>SLURM_ARRAY_TASK_ID</c> at run time. Throws <see cref="ArgumentException"/> listing
    /// <see cref="SlurmJob.Problems"/> when the job is invalid.
    /// </summary>
    public static SlurmJobScripts Render(SlurmJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var problems = job.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(job));
        }
        return new SlurmJobScripts(job.Names, RenderArray(job), RenderGather(job), RenderSubmit(job));
    }

    /// <summary>
    /// Writes the three scripts into <paramref name="directory"/> (created if missing) with execute permission, creates
    /// its <c>logs/</c> folder for Slurm's output, and returns the paths written. An existing script of the same text is
    /// written again; one that differs (edited by hand, or written for other options) is first moved to
    /// <c>NAME.earlier</c> (<c>NAME.earlier-2</c>, … when taken), which the result lists.
    /// </summary>
    public WrittenScripts WriteTo(string directory)
    {
        Directory.CreateDirectory(Path.Combine(directory, "logs"));
        var written = new List<string>();
        var kept = new List<(string, string)>();
        foreach (var (name, text) in new[] { (Names.ArrayFileName, Array), (Names.GatherFileName, Gather), (SubmitFileName, Submit) })
        {
            var path = Path.Combine(directory, name);
            if (File.Exists(path) && File.ReadAllText(path) != text)
            {
                var earlier = FreeName(path);
                File.Move(path, earlier);
                kept.Add((path, earlier));
            }
            File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, Executable);
            }
            written.Add(path);
        }
        return new WrittenScripts(written, kept);
    }

    // The first of NAME.earlier, NAME.earlier-2, … that no file has.
    private static string FreeName(string path)
    {
        var candidate = $"{path}.earlier";
        for (var n = 2; File.Exists(candidate) || Directory.Exists(candidate); n++)
        {
            candidate = $"{path}.earlier-{n.ToString(CultureInfo.InvariantCulture)}";
        }
        return candidate;
    }

    private static string RenderArray(SlurmJob job)
    {
        var n = job.Shards.ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.Append("#!/bin/bash\n");
        Directive(text, "job-name", job.JobName);
        Directive(text, "array", $"0-{job.Shards - 1}");
        Directive(text, "ntasks", "1");
        Directive(text, "cpus-per-task", job.ThreadsPerTask.ToString(CultureInfo.InvariantCulture));
        Directive(text, "output", LogPattern(job, $"{job.Names.Verb}-%A_%a.out"));
        Resources(text, job);
        text.Append(CultureInfo.InvariantCulture, $"# Generated by `{Generator(job)}`: the {job.Names.Work} of {Path.GetFileName(job.InputPath)} in {n} shards, one array task each.\n");
        var items = job.Kind == SlurmJobKind.Calibration ? "particles" : "design points";
        text.Append(CultureInfo.InvariantCulture, $"# Task I runs the {items} whose index % {n} == I into shard-I-of-{n}/; running a task again resumes it.\n");
        text.Append("set -euo pipefail\n");
        text.Append("shard=\"${SLURM_ARRAY_TASK_ID:?submit this script with sbatch, for example through submit.sh}\"\n");
        var threads = job.ThreadsPerTask.ToString(CultureInfo.InvariantCulture);
        var run = $"exec {job.Regsim} {job.Names.Verb} {Shell.Join(job.Arguments)} --shard \"$shard/{n}\"";
        text.Append(job.Kind switch
        {
            // regsim sweep writes where --out points; regsim calibrate and sensitivity --shard write OUT/shard-I-of-N/ themselves.
            SlurmJobKind.Sweep => $"{run} --out {Shell.Quote(job.OutputDirectory)}/\"shard-$shard-of-{n}\" --threads {threads}\n",
            _ => $"{run} --out {Shell.Quote(job.OutputDirectory)} --threads {threads}\n",
        });
        return text.ToString();
    }

    private static string RenderGather(SlurmJob job)
    {
        var n = job.Shards.ToString(CultureInfo.InvariantCulture);
        var file = Path.GetFileName(job.InputPath);
        var text = new StringBuilder();
        text.Append("#!/bin/bash\n");
        Directive(text, "job-name", $"{job.JobName}-{job.Names.Gather}");
        Directive(text, "ntasks", "1");
        // Merging is a file copy; finishing a calibration runs the predictive checks, and a sensitivity study's gather any
        // point left, both on every thread.
        Directive(text, "cpus-per-task", job.Kind == SlurmJobKind.Sweep ? "1" : job.ThreadsPerTask.ToString(CultureInfo.InvariantCulture));
        Directive(text, "output", LogPattern(job, $"{job.Names.Gather}-%j.out"));
        Resources(text, job);
        if (job.Kind == SlurmJobKind.Sweep)
        {
            text.Append(CultureInfo.InvariantCulture, $"# Generated by `{Generator(job)}`: joins the {n} shards of {file} into sweep.csv.\n");
        }
        else if (job.Kind == SlurmJobKind.Calibration)
        {
            text.Append(CultureInfo.InvariantCulture, $"# Generated by `{Generator(job)}`: gathers the particles of the {n} shards of {file} and finishes the calibration.\n");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"# Generated by `{Generator(job)}`: gathers the design points of the {n} shards of {file} and computes the indices.\n");
        }
        text.Append("# submit.sh queues it to start only after every array task has succeeded (--dependency=afterok).\n");
        if (job.Kind == SlurmJobKind.Sweep)
        {
            text.Append("# regsim merge reads N from the shards' manifests and refuses a set with a shard missing.\n");
            text.Append("set -euo pipefail\n");
            text.Append(CultureInfo.InvariantCulture, $"out={Shell.Quote(job.OutputDirectory)}\n");
            text.Append(CultureInfo.InvariantCulture, $"exec {job.Regsim} merge --out \"$out\" \"$out\"/shard-*-of-{n}\n");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"# The same command as the tasks without --shard; it runs itself any {(job.Kind == SlurmJobKind.Calibration ? "particle" : "design point")} no shard finished.\n");
            text.Append("set -euo pipefail\n");
            text.Append(CultureInfo.InvariantCulture,
                $"exec {job.Regsim} {job.Names.Verb} {Shell.Join(job.Arguments)} --out {Shell.Quote(job.OutputDirectory)} --threads {job.ThreadsPerTask}\n");
        }
        return text.ToString();
    }

    private static string RenderSubmit(SlurmJob job)
    {
        var names = job.Names;
        var array = Shell.Quote(Path.Combine(job.ScriptDirectory, names.ArrayFileName));
        var gather = Shell.Quote(Path.Combine(job.ScriptDirectory, names.GatherFileName));
        var logs = Shell.Quote(job.LogDirectory);
        var (after, resultLabel, result) = job.Kind switch
        {
            SlurmJobKind.Sweep => ("the merge", "merged result", Path.Combine(job.OutputDirectory, "sweep.csv")),
            SlurmJobKind.Calibration => ("the gather job (it finishes the calibration)", "calibration results", job.OutputDirectory + "/"),
            _ => ("the gather job (it computes the indices)", "sensitivity results", job.OutputDirectory + "/"),
        };
        var text = new StringBuilder();
        text.Append("#!/usr/bin/env bash\n");
        text.Append(CultureInfo.InvariantCulture, $"# Generated by `{Generator(job)}`: queues the {names.Work} of {Path.GetFileName(job.InputPath)} as a job array of {job.Shards} tasks,\n");
        text.Append(CultureInfo.InvariantCulture, $"# then {after}, which Slurm starts only once every task has succeeded and cancels if one fails.\n");
        text.Append("# Usage: submit.sh [SBATCH_OPTION ...]   (options such as --account=A are passed to both sbatch calls)\n");
        text.Append("set -euo pipefail\n");
        // The scripts name their folder by its absolute path: moved or copied, they would queue jobs that write to the old one.
        var folder = Shell.Quote(job.ScriptDirectory);
        text.Append("here=$(CDPATH= cd -P -- \"$(dirname -- \"$0\")\" && pwd -P)\n");
        text.Append(CultureInfo.InvariantCulture, $"if [ \"$here\" != \"$(CDPATH= cd -P -- {folder} 2>/dev/null && pwd -P)\" ]; then\n");
        text.Append(CultureInfo.InvariantCulture, $"  printf 'submit.sh: these scripts were written for %s and are now in %s: the folder was moved or copied. "
            + $"Run `{Generator(job)}` again with --out naming the new folder.\\n' {folder} \"$here\" >&2\n");
        text.Append("  exit 1\n");
        text.Append("fi\n");
        text.Append(CultureInfo.InvariantCulture, $"mkdir -p {logs}\n");
        text.Append(CultureInfo.InvariantCulture, $"array_id=$(sbatch --parsable \"$@\" {array})\n");
        text.Append("array_id=${array_id%%;*} # --parsable prints \"id;cluster\" on multi-cluster setups\n");
        text.Append(CultureInfo.InvariantCulture,
            $"if ! {names.Gather}_id=$(sbatch --parsable \"$@\" --dependency=\"afterok:$array_id\" --kill-on-invalid-dep=yes {gather}); then\n");
        text.Append(CultureInfo.InvariantCulture, $"  echo \"submit.sh: the {names.Gather} job was not accepted; cancelling array job $array_id\" >&2\n");
        text.Append("  scancel \"$array_id\" || true\n");
        text.Append("  exit 1\n");
        text.Append("fi\n");
        text.Append(CultureInfo.InvariantCulture, $"{names.Gather}_id=${{{names.Gather}_id%%;*}}\n");
        text.Append(CultureInfo.InvariantCulture, $"echo \"{names.ArrayJobLine}$array_id\"\n");
        text.Append(CultureInfo.InvariantCulture, $"echo \"{names.GatherJobLine}${names.Gather}_id\"\n");
        text.Append(CultureInfo.InvariantCulture, $"printf 'logs: %s\\n{resultLabel}: %s\\n' {logs} {Shell.Quote(result)}\n");
        return text.ToString();
    }

    private static string Generator(SlurmJob job) => job.Kind == SlurmJobKind.Sweep ? "regsim slurm" : $"regsim slurm {job.Names.Verb}";

    private static void Resources(StringBuilder text, SlurmJob job)
    {
        if (job.Partition is not null)
        {
            Directive(text, "partition", job.Partition);
        }
        if (job.TimeLimit is not null)
        {
            Directive(text, "time", job.TimeLimit);
        }
        if (job.Memory is not null)
        {
            Directive(text, "mem", job.Memory);
        }
    }

    private static void Directive(StringBuilder text, string option, string value) =>
        text.Append(CultureInfo.InvariantCulture, $"#SBATCH --{option}={value}\n");

    // sbatch reads #SBATCH values in double quotes with spaces kept; in a file name pattern % starts a replacement,
    // so a literal % in the folder is doubled.
    private static string LogPattern(SlurmJob job, string file) =>
        "\"" + job.LogDirectory.Replace("%", "%%", StringComparison.Ordinal) + "/" + file + "\"";
}
