using Simulation.Application.Calibration;
using Simulation.Experiments.Calibration;
using Simulation.Output.Calibration;
using Simulation.Output.Validation;
using Spectre.Console;

namespace Simulation.Cli;

/// <summary>
/// <c>regsim calibrate</c> on the terminal: hands the request to <see cref="CalibrateScenario"/> with a progress bar and the
/// tempering stages on stderr, then prints the posterior and where the calibrated scenario is.
/// </summary>
public sealed class CalibrateService(CalibrateScenario calibrate, CommandFailures failures, ConsoleStreams console)
{
    /// <summary>Returns the exit code: 0 done, 1 the folder holds another calibration, 2 scenario rejected, 3 failed to write, 130 interrupted.</summary>
    public Task<int> RunAsync(CalibrateRequest request, bool quiet, CancellationToken cancellationToken) => failures.RunAsync(async () =>
    {
        var done = await Task.Run(() => calibrate.Run(request, new TerminalWorkProgress(console, quiet), cancellationToken), cancellationToken);
        if (done.Posterior is not { } posterior)
        {
            console.Out.WriteLine($"Shard {request.Shard} of {done.ScenarioName}: {done.Particles} particles in {done.Folder}/ ({done.Elapsed.TotalSeconds:F1} s); "
                + $"run the same command without --shard (--out {done.ShardRoot}) to gather the shards and finish.");
            return ExitCodes.Ok;
        }
        if (!quiet)
        {
            Print(done.Parameters);
        }
        // Said even when quiet: a placebo's posterior is not a finding.
        if (done.Reads is { } reads)
        {
            console.Out.WriteLine(reads.Sentence(name => name)
                + (done.Reach is { } reach ? RecordReach.Sentence(done.Parameters, reach.Replications, name => name) : ""));
        }
        console.Out.WriteLine($"Calibration of scenario '{done.ScenarioName}': {posterior.Particles} particles, effective sample size {posterior.EffectiveSampleSize:0.#}, "
            + $"ln P(record) {posterior.LogEvidence:0.###} with the parameters uncertain, in {done.Elapsed.TotalSeconds:F1} s; "
            + $"results in {done.Folder}/, calibrated scenario {done.CalibratedScenarioPath}");
        // Said even when quiet, after the summary line it qualifies: summaries of a handful of draws must not pass for a posterior's.
        if (done.Support?.Warning() is { } thin)
        {
            console.Out.WriteLine($"Warning: {thin}.");
        }
        return ExitCodes.Ok;
    });

    private void Print(IReadOnlyList<PosteriorParameter> parameters)
    {
        var terminal = ResultsTerminal.For(console);
        var table = new Table().Title("Posterior (particles resampled by likelihood)").AddColumns("parameter", "prior", "scenario", "mean", "sd", "95 % interval", "read");
        foreach (var p in parameters)
        {
            table.AddRow(Markup.Escape(p.Prior.Path.Text), Markup.Escape(p.Prior.Describe()), MarkdownNumber.Format(p.Prior.ScenarioValue),
                MarkdownNumber.Format(p.Mean), MarkdownNumber.Format(p.Sd), Markup.Escape(MarkdownNumber.Interval(p.P025, p.P975)), p switch
                {
                    { IsRead: false } => "no: placebo",
                    { MovesRecord: false } => "yes, record unmoved: placebo",
                    _ => "yes",
                });
        }
        terminal.Write(table);
    }
}
