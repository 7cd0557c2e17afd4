namespace Simulation.Output.Batch;

/// <summary>What <see cref="SlurmJobScripts.WriteTo"/> wrote, and where it kept scripts that were there before and differed
/// (a user's edits, an account line added by hand), so that writing the scripts again never silently loses them.</summary>
/// <param name="Paths">The scripts written.</param>
/// <param name="Kept">Each earlier script that differed from the new one, with the path it was moved to.</param>
public sealed record WrittenScripts(IReadOnlyList<string> Paths, IReadOnlyList<(string Script, string KeptAs)> Kept);
