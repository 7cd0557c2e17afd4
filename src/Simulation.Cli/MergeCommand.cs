using System.CommandLine;
using Simulation.Application.Sweeps;
using Simulation.Output;
using Simulation.Output.Sweeps;

namespace Simulation.Cli;

/// <summary>Defines <c>regsim merge</c>: joins the folders of a sharded sweep into one, byte-identical to an unsharded run, with
/// its main-effect plots, and gathers the shards' Parquet parts, if they wrote them, into the merged folder's
/// <c>sweep.parquet/</c> (<see cref="MergeShards"/>). It refuses a shard whose files were changed after the shard wrote them, and
/// notes the files of shards that recorded no digest to check them by.</summary>
public static class MergeCommand
{
    /// <summary>Returns the command.</summary>
    public static Command Create(MergeShards merge, CommandFailures failures, ConsoleStreams console)
    {
        var shards = new Argument<DirectoryInfo[]>("shards") { Description = "The shard folders (each written by regsim sweep --shard I/N)", Arity = ArgumentArity.OneOrMore };
        // An option merge does not have (-q) would otherwise be taken for a shard folder and refused as one that does not exist.
        shards.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && !Directory.Exists(t.Value)))
            {
                result.AddError($"'{token.Value}' is not an option of this command, and no shard folder of that name exists.");
            }
        });
        var output = new Option<string>("--out", "-o") { Description = "Folder for the merged sweep.csv", Required = true };
        var command = new Command("merge", "Join a sharded sweep's folders into one sweep.csv, in design-point order, draw its main-effect plots, and gather their Parquet parts (if any) into sweep.parquet/") { shards, output };
        command.SetAction((parse, _) => failures.RunAsync(() =>
        {
            var folders = parse.GetValue(shards)!.Select(d => d.ToString()).ToList();
            var done = merge.Run(folders, parse.GetValue(output)!);
            var merged = done.Merged;
            var manifest = merged.Manifest;
            console.Out.WriteLine($"Merged {CountedNoun.Of(folders.Count, "shard")} of {manifest.Experiment} ({CountedNoun.Of(manifest.Points, "point")}) into {parse.GetValue(output)}/{SweepFile.Name}");
            if (done.PlotsNotDrawn is { } why)
            {
                console.Error.WriteLine($"Main-effect plots not drawn: {why}.");
            }
            else if (done.Plots.Count > 0)
            {
                console.Out.WriteLine($"Main-effect plots in {parse.GetValue(output)}/plots/");
            }
            if (merged.ParquetFolder is { } dataset)
            {
                console.Out.WriteLine($"Parquet: the {merged.ParquetParts} shards' parts are in {dataset}/, read as one table (rows in shard order; sort by point for the order of {SweepFile.Name})");
            }
            if (merged.Unverified.Count > 0)
            {
                console.Error.WriteLine(UnverifiedNote(merged.Unverified));
            }
            return Task.FromResult(ExitCodes.Ok);
        }, refused: "Cannot merge"));
        return command;
    }

    // Shards written before shards recorded the SHA-256 of their files (or stopped just before recording it) merge as they
    // did, but the user is told that an edit of their numbers would not have been seen.
    private static string UnverifiedNote(IReadOnlyList<string> files)
    {
        const int Named = 3;
        var named = string.Join(", ", files.Take(Named).Select(f => $"'{f}'"));
        var more = files.Count > Named ? $" and {files.Count - Named} more" : string.Empty;
        return $"Note: {CountedNoun.Of(files.Count, "file")} of the shards could not be checked for changes made after the shards wrote them, as their "
            + $"{SweepManifestFile.Name} records no SHA-256 of {(files.Count == 1 ? "it" : "them")} (written by an earlier regsim, or stopped just before recording it; "
            + $"running such a shard again records it): {named}{more}.";
    }
}
