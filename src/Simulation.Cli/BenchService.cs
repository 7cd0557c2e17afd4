using System.Globalization;
using Simulation.Application.Bench;
using Simulation.Experiments.Benchmarks;
using Simulation.Output;
using Spectre.Console;

namespace Simulation.Cli;

/// <summary>
/// <c>regsim bench</c> on the terminal: hands the request to <see cref="BenchmarkScenario"/> and prints its figures as a table
/// with how they were measured.
/// </summary>
public sealed class BenchService(BenchmarkScenario bench, CommandFailures failures, ConsoleStreams console)
{
    /// <summary>Returns the exit code of a benchmark.</summary>
    public Task<int> RunAsync(BenchRequest request, CancellationToken cancellationToken) => failures.RunAsync(async () =>
    {
        var done = await bench.RunAsync(request, cancellationToken);
        var terminal = ResultsTerminal.For(console);
        var table = new Table()
            .Title(Markup.Escape($"regsim bench: {done.Scenario.Model.Name}, {CountedNoun.Of(done.Scenario.Model.Modes().Count, "regime mode")} per replication, {done.Cores} cores"))
            .Caption(Markup.Escape($"Rates: median and range of {request.Runs} runs of {request.Replications:N0} replications (aggregation included, no files; " +
                "1-thread and all-core runs alternate). " +
                "Memory and wall time: regsim run --quiet --no-outcomes in a child process." + (request.Quick ? " 10^6 probe skipped (--quick)." : string.Empty)))
            .AddColumn("measure")
            .AddColumn(new TableColumn("value").RightAligned())
            .AddColumn(new TableColumn("range").RightAligned())
            .AddColumn("unit");
        if (done.Changes is not null)
        {
            table.AddColumn(new TableColumn("before").RightAligned()).AddColumn(new TableColumn("now ÷ before").RightAligned()).AddColumn("ranges");
        }
        for (var i = 0; i < done.Measurements.Count; i++)
        {
            var row = done.Measurements[i];
            List<string> cells = [Markup.Escape(row.Label), row.Unit.Format(row.Value), Range(row), Markup.Escape(row.Unit.Symbol())];
            if (done.Changes?[i] is { } change)
            {
                cells.AddRange(change.Before is { } before
                    ? [before.Unit.Format(before.Value), change.Ratio.ToString("F2", CultureInfo.InvariantCulture), change.RangesOverlap switch { true => "overlap", false => "apart", null => "one run" }]
                    : ["", "", "no earlier figure"]);
            }
            table.AddRow([.. cells]);
        }
        terminal.Write(table);
        if (UnoptimisedBuild.IsThisOne)
        {
            console.Out.WriteLine($"Note: this regsim is a Debug build (unoptimised), so these rates are not the model's: {UnoptimisedBuild.Advice}, and measure again.");
        }
        if (done.Unsteady)
        {
            console.Out.WriteLine($"Note: an efficiency or machine scaling above {BenchOutcome.SteadyRatio:0.0} cannot come from the code: "
                + "other work on this machine slowed some runs more than others, so these rates mislead. Run again on an idle machine.");
        }
        return ExitCodes.Ok;
    });

    // The runs' lowest to highest figure, for a figure measured more than once.
    private static string Range(BenchMeasurement row) => row.Runs > 1 ? $"{row.Unit.Format(row.Low)} - {row.Unit.Format(row.High)}" : string.Empty;
}
