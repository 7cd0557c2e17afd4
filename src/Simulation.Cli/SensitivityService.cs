using Simulation.Application.Sensitivity;
using Simulation.Experiments.Sensitivity;
using Simulation.Output;
using Simulation.Output.Validation;
using Spectre.Console;

namespace Simulation.Cli;

/// <summary><c>regsim sensitivity</c> on the terminal: hands the request to <see cref="AnalyseSensitivity"/> with a progress bar
/// and prints each output's most influential factors.</summary>
public sealed class SensitivityService(AnalyseSensitivity analyse, CommandFailures failures, ConsoleStreams console)
{
    /// <summary>Factors shown per output in the terminal.</summary>
    private const int Shown = 10;

    /// <summary>Returns the exit code of a sensitivity study: 0 done, 1 bad arguments, 2 file rejected, 3 failed to write, 130 interrupted.</summary>
    public Task<int> RunAsync(SensitivityRequest request, bool quiet, CancellationToken cancellationToken) => failures.RunAsync(async () =>
    {
        var done = await Task.Run(() => analyse.Run(request, new TerminalWorkProgress(console, quiet), cancellationToken), cancellationToken);
        if (done.Shard is { } shard)
        {
            console.Out.WriteLine($"Shard {shard} of the {done.Method} study: {CountedNoun.Of(done.Points, "point")} × {CountedNoun.Of(done.ReplicationsPerPoint, "replication")} ({done.Elapsed.TotalSeconds:F1} s) in {done.Folder}/; "
                + "run the same command without --shard to gather the shards and compute the indices.");
            return ExitCodes.Ok;
        }
        var undefined = SensitivityIndexes.Undefined(done.Rows);
        var file = TableFileName.Of("sensitivity", request.Format);
        if (!quiet)
        {
            Print(done.Rows, undefined, file);
        }
        // Said even when quiet: an output left without indices is a result the user must not miss.
        foreach (var output in undefined)
        {
            console.Out.WriteLine($"{output}: the same at every point of the design, so its indices are undefined (empty in {file}, no plot).");
        }
        // Said even when quiet: Morris's μ* of 0 for every factor reads as "nothing matters" where the output never moved at all.
        foreach (var (output, regimes) in SensitivityIndexes.NeverMoved(done.Rows))
        {
            console.Out.WriteLine($"{output}: the same along every trajectory of the design under {string.Join(", ", regimes)}, so every μ* there is 0 "
                + "because the output never moved in the replications run, not because no factor could move it (a rare win may need more "
                + "--replications; a region that is no candidate never wins).");
        }
        // Said even when quiet: a prior the model never reads scores 0 because it is a placebo, not because its value is settled.
        if (done.Reads is { } reads)
        {
            console.Out.WriteLine(reads.Sentence(name => name));
        }
        // Said even when quiet: the ranking covers the priors only, and the numbers assumed without one may matter most.
        if (done.HeldAssumptions > 0)
        {
            console.Out.WriteLine(HeldAssumptionsSentence(done.HeldAssumptions));
        }
        var unvaried = SensitivityIndexes.UnvariedFactors(done.Rows);
        if (unvaried.Count > 0)
        {
            console.Out.WriteLine($"{string.Join(", ", unvaried)}: never varied between the design's A and B samples at this --base-samples, so "
                + $"{(unvaried.Count == 1 ? "its indices are" : "their indices are")} undefined (empty in {file}), not zero; raise --base-samples.");
        }
        var outside = SensitivityIndexes.OutsideUnitRange(done.Rows);
        if (outside.Count > 0)
        {
            var worst = outside[0];
            console.Out.WriteLine($"Warning: {(outside.Count == 1 ? "1 Sobol index lies" : $"{outside.Count} Sobol indices lie")} outside [0, 1], where a share of variance "
                + $"cannot (worst: {worst.Factor}'s {SensitivityIndexes.Name(worst.Index)} index of {worst.Output}, {MarkdownNumber.Format(worst.Value)}): at "
                + $"this size the estimates are mostly sampling noise; raise --base-samples (a few hundred is usual) or the replications per point.");
        }
        var aboveOne = SensitivityIndexes.FirstOrderAboveOne(done.Rows);
        if (aboveOne.Count > 0)
        {
            var (output, sum) = aboveOne[0];
            console.Out.WriteLine($"Warning: the first-order indices of {(aboveOne.Count == 1 ? output : $"{aboveOne.Count} outputs (most: {output})")} sum to "
                + $"{MarkdownNumber.Format(sum)}, above 1, which shares of one variance cannot: at this size the estimates are mostly sampling noise; "
                + "raise --base-samples (a few hundred is usual) or the replications per point.");
        }
        if (SensitivityIndexes.MorrisTrajectories(done.Rows, done.Points) is { } trajectories and < SensitivityIndexes.FewestTrajectoriesForIntervals)
        {
            console.Out.WriteLine($"Warning: the intervals of μ* rest on {trajectories} trajectories, resampled whole, so they are not 95 % intervals "
                + $"(a factor whose {trajectories} elementary effects agree gets one of zero width); use --trajectories {SensitivityIndexes.FewestTrajectoriesForIntervals} "
                + "or more (the default) for intervals to read.");
        }
        if (done.KeptOutputs is { Count: > 0 } kept)
        {
            // Said even when quiet: the folder holds more outputs than were asked for, and why must not be a surprise.
            console.Out.WriteLine($"Kept the indices and plots of {string.Join(", ", kept)}, analysed earlier from the same points in {done.Folder}/ "
                + "(computed again with these settings), beside the outputs asked for now; to drop them, delete manifest.json, sensitivity.* and plots/ there "
                + "first (the points in sweep.csv stay and are not run again).");
        }
        console.Out.WriteLine($"Sensitivity ({done.Method}, {done.Points} points × {done.ReplicationsPerPoint} replications, {done.Elapsed.TotalSeconds:F1} s) in {done.Folder}/"
            + (request.MarkdownPath is { } m ? $" and {m}" : string.Empty));
        return ExitCodes.Ok;
    });

    // How many numbers marked as assumptions a screening of priors held at their values, and what screens them.
    private static string HeldAssumptionsSentence(int count) =>
        $"{count} {(count == 1 ? "number" : "numbers")} the scenario sources as an assumption {(count == 1 ? "carries" : "carry")} no prior, so this screening held "
        + $"{(count == 1 ? "it" : "them")} at {(count == 1 ? "its value" : "their values")} and ranks none of {(count == 1 ? "it" : "them")}; a scenario that gives "
        + $"{(count == 1 ? "it a prior" : "them priors")} screens {(count == 1 ? "it" : "them")} too.";

    // One table per output: its most influential factors by the main index (μ* or the total Sobol index), largest first.
    private void Print(IReadOnlyList<SensitivityRow> rows, IReadOnlyList<string> undefined, string file)
    {
        var terminal = ResultsTerminal.For(console);
        foreach (var output in rows.Where(r => r.Index == SensitivityIndexes.Main(r.Method) && !undefined.Contains(r.Output)).GroupBy(r => r.Output))
        {
            var ranked = output.OrderByDescending(r => r.Value).ToList();
            var title = ranked[0].Method == SensitivityMethod.Morris ? "Morris μ*" : "total Sobol index";
            var table = new Table().AddColumns("factor", "value", "interval");
            foreach (var r in ranked.Take(Shown))
            {
                table.AddRow(Markup.Escape(r.Factor), MarkdownNumber.Format(r.Value), Markup.Escape(MarkdownNumber.Interval(r.CiLow, r.CiHigh)));
            }
            if (ranked.Count > Shown)
            {
                table.Caption($"{ranked.Count - Shown} more in {file}");
            }
            terminal.Write($"{output.Key}: {title} (95 % bootstrap interval)", table);
        }
    }
}
