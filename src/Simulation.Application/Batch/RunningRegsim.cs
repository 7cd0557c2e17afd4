namespace Simulation.Application.Batch;

/// <summary>The regsim process now running, as its host sees it: what <see cref="ClusterRegsim.Choose"/> decides from.</summary>
/// <param name="Command">The program and leading arguments that start this regsim again: its single-file binary or
/// apphost, or the dotnet host and <c>regsim.dll</c>; absolute paths, the last one regsim's own file.</param>
/// <param name="IsSingleFile">Whether this regsim is a self-contained single-file binary (made with the <c>linux-x64</c>
/// publish profile), which a machine without .NET can run.</param>
/// <param name="WorkingDirectory">The folder relative paths are read from.</param>
/// <param name="Home">The user's home folder, for a leading <c>~</c> in <c>--regsim</c>.</param>
public sealed record RunningRegsim(IReadOnlyList<string> Command, bool IsSingleFile, string WorkingDirectory, string Home);
