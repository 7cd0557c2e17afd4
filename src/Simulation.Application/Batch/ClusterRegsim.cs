using Simulation.Experiments;
using Simulation.Output.Batch;

namespace Simulation.Application.Batch;

/// <summary>
/// The regsim a cluster's compute nodes run for <c>regsim slurm</c>: the shell text its scripts start it with, and why
/// that one. Made by <see cref="Choose"/>, the one place the rule lives.
/// </summary>
/// <param name="Command">Shell text that starts regsim on the nodes, with its program as an absolute, quoted path
/// unless <c>--regsim</c> named a command the nodes look up or expand themselves.</param>
/// <param name="Source">Which rule chose it.</param>
/// <param name="Binary">The self-contained binary the nodes run, absolute, to be copied to a cluster that does not see
/// it; null when the nodes run a command given as <c>--regsim</c> or the running regsim through .NET.</param>
/// <param name="OlderThanRunning">Whether the published binary was written before the running regsim was last built,
/// so it may run older code than the regsim writing the scripts.</param>
public sealed record ClusterRegsim(string Command, ClusterRegsimSource Source, string? Binary, bool OlderThanRunning)
{
    /// <summary>Where the <c>linux-x64</c> publish profile puts the self-contained binary, relative to the checkout.</summary>
    public const string PublishedPath = "dist/linux-x64/regsim";

    /// <summary>The command that publishes it, run from the checkout.</summary>
    public const string PublishCommand = "dotnet publish src/Simulation.Cli -p:PublishProfile=linux-x64";

    /// <summary>
    /// Returns the regsim the nodes run, the first of: the command <paramref name="option"/> gives (<c>--regsim</c>);
    /// the running regsim when it is a self-contained single-file binary; the nearest <see cref="PublishedPath"/> in the
    /// working folder or a folder above it, else above the running regsim's own file (its checkout); the running regsim
    /// by absolute path (<c>dotnet …/regsim.dll</c>, which needs .NET on the nodes).
    /// </summary>
    /// <param name="option">Shell text that starts regsim on the nodes, or null for the default. When its first word is
    /// a path (it holds a <c>/</c> or starts with <c>~</c>) that path must be an executable file here, since the nodes
    /// see the same paths; it is made absolute. A bare name (<c>dotnet</c>) is left to the nodes' <c>PATH</c>, and a
    /// word with <c>$</c> to their shell.</param>
    /// <param name="running">The regsim now running.</param>
    /// <exception cref="InputConflictException">The option's program does not exist, is a folder or is not
    /// executable, or a quote in it is not closed; the message names <c>--regsim</c>.</exception>
    public static ClusterRegsim Choose(string? option, RunningRegsim running)
    {
        ArgumentNullException.ThrowIfNull(running);
        if (option is not null)
        {
            return FromOption(option, running);
        }
        if (running.IsSingleFile)
        {
            return new(Shell.Quote(running.Command[0]), ClusterRegsimSource.RunningBinary, running.Command[0], false);
        }
        if (Published(running) is { } published)
        {
            return new(Shell.Quote(published), ClusterRegsimSource.PublishedBinary, published, File.GetLastWriteTimeUtc(published) < LastBuilt(running));
        }
        return new(Shell.Join(running.Command), ClusterRegsimSource.RunningCommand, null, false);
    }

    private static ClusterRegsim FromOption(string option, RunningRegsim running)
    {
        string? program;
        string rest;
        string? assembly;
        string afterAssembly;
        try
        {
            (program, rest) = Shell.FirstWord(option, running.Home);
            (assembly, afterAssembly) = Shell.FirstWord(rest, running.Home);
        }
        catch (FormatException e)
        {
            throw new InputConflictException($"--regsim has {e.Message} (got '{option}').");
        }
        var isPath = program is not null && (program.Contains('/', StringComparison.Ordinal) || option.TrimStart().StartsWith('~'));
        if (!isPath)
        {
            // `dotnet regsim.dll`: the launcher is found on the nodes' PATH, but the assembly is a file, which must exist and is
            // written as an absolute path, as a program named by its path is, so a typo fails here rather than in every task.
            if (program is not null && assembly is not null && assembly.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            {
                var dll = Path.GetFullPath(assembly, running.WorkingDirectory);
                if (!File.Exists(dll))
                {
                    throw new InputConflictException($"--regsim runs '{dll}' with {program}, and that file does not exist; the nodes run it by that path, so it must exist here too.");
                }
                return new(Shell.Quote(program) + " " + Shell.Quote(dll) + afterAssembly, ClusterRegsimSource.Option, null, false);
            }
            return new(option, ClusterRegsimSource.Option, null, false);
        }
        var path = Path.GetFullPath(program!, running.WorkingDirectory);
        if (Directory.Exists(path))
        {
            throw new InputConflictException($"--regsim names the folder '{Path.TrimEndingDirectorySeparator(path)}', not a program.");
        }
        if (!File.Exists(path))
        {
            throw new InputConflictException($"--regsim names '{path}', which does not exist; the nodes run it by that path, so it must exist here too.");
        }
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) == 0)
        {
            throw new InputConflictException($"--regsim names '{path}', which is not executable (chmod +x {Shell.Quote(path)}).");
        }
        return new(Shell.Quote(path) + rest, ClusterRegsimSource.Option, null, false);
    }

    // The nearest dist/linux-x64/regsim above the working folder, else above the running regsim's file.
    private static string? Published(RunningRegsim running)
    {
        foreach (var start in new[] { running.WorkingDirectory, Path.GetDirectoryName(running.Command[^1]) })
        {
            for (var folder = start is null ? null : new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, PublishedPath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    // When the running regsim was last built: its newest assembly, since a change to any project rewrites that project's.
    private static DateTime LastBuilt(RunningRegsim running)
    {
        var file = running.Command[^1];
        var folder = Path.GetDirectoryName(file);
        var assemblies = folder is null || !Directory.Exists(folder) ? [] : Directory.EnumerateFiles(folder, "*.dll");
        return assemblies.Append(file).Where(File.Exists).Select(File.GetLastWriteTimeUtc).DefaultIfEmpty(DateTime.MinValue).Max();
    }
}
