using System.CommandLine;
using Simulation.Output.Sweeps;

namespace Simulation.Cli;

/// <summary>Defines <c>regsim merge</c>: joins the folders of a sharded sweep into one, byte-identical to an unsharded run.</summary>
public static class MergeCommand
{
    /// <summary>Returns the command.</summary>
    public static Command Create(CommandFailures failures, ConsoleStreams console)
    {
        var shards = new Argument<DirectoryInfo[]>("shards") { Description = "The shard folders (each written by regsim sweep --shard I/N)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "Folder for the merged sweep.csv", Required = true };
        var command = new Command("merge", "Join a sharded sweep's folders into one sweep.csv, in design-point order") { shards, output };
        command.SetAction((parse, _) => failures.RunAsync(() =>
        {
            var folders = parse.GetValue(shards)!.Select(d => d.ToString()).ToList();
            var manifest = SweepMerge.Merge(folders, parse.GetValue(output)!);
            console.Out.WriteLine($"Merged {folders.Count} shards of {manifest.Experiment} ({manifest.Points} points) into {parse.GetValue(output)}/{SweepFile.Name}");
            return Task.FromResult(ExitCodes.Ok);
        }, refused: "Cannot merge"));
        return command;
    }
}
