using Simulation.Application.Comparison;
using Simulation.Experiments.Comparison;
using Simulation.Output;
using Simulation.Output.Validation;
using Spectre.Console;

namespace Simulation.Cli;

/// <summary><c>regsim compare</c> on the terminal: hands the request to <see cref="CompareScenarios"/> and prints what differs,
/// the largest changes in who wins and the outcome metrics that changed beyond their sampling noise.</summary>
public sealed class CompareService(CompareScenarios compare, CommandFailures failures, ConsoleStreams console)
{
    /// <summary>Largest changes in win probability, and in outcome metrics, printed.</summary>
    public const int Top = 8;

    /// <summary>Returns the exit code of a comparison.</summary>
    public Task<int> RunAsync(CompareRequest request, bool quiet, CancellationToken cancellationToken) => failures.RunAsync(async () =>
    {
        var done = await Task.Run(() => compare.Run(request, new TerminalWorkProgress(console, quiet), cancellationToken), cancellationToken);
        if (!quiet)
        {
            Print(done.Result, done.Labels.A, done.Labels.B, TableFileName.Of("comparison", request.Format));
        }
        foreach (var part in done.Result.NotCompared)
        {
            console.Out.WriteLine(NotComparedNote(part, done.Labels.A, done.Labels.B));
        }
        if (request.Seed is null && done.B.Model.Seed != done.Options.Seed)
        {
            // A what-if that changes only its seed would otherwise read "no difference" as the seed's verdict.
            console.Out.WriteLine($"{done.Labels.B}'s own seed ({done.B.Model.Seed}) was not used: both scenarios ran on {done.Labels.A}'s ({done.Options.Seed}), "
                + "so that they share their random numbers; give --seed to choose it, or run each with `regsim run` to see the other seed.");
        }
        console.Out.WriteLine($"Comparison in {done.Folder}/ ({done.Options.Replications:N0} replication pairs, {done.Elapsed.TotalSeconds:F1} s)");
        LeftOverNote.Write(console.Out, done.Folder);
        // Two scenarios' notes: each says which file it is about.
        ScenarioNotes.Write(console.Error, ScenarioNotes.Of(done.A).Concat(ScenarioNotes.Of(done.B)));
        return ExitCodes.Ok;
    }, refused: "Cannot compare");

    /// <summary>Says which ids of a part only one scenario has, so their absence from the comparison is not mistaken for no change.</summary>
    public static string NotComparedNote(NotCompared part, string labelA, string labelB)
    {
        var what = part.Part switch
        {
            ComparedPart.RegimeModes => "regime modes",
            ComparedPart.Projects => "projects",
            ComparedPart.Regions => "regions",
            _ => "outcome metrics",
        };
        var sides = new[] { (labelA, part.OnlyInA), (labelB, part.OnlyInB) }
            .Where(s => s.Item2.Count > 0)
            .Select(s => $"{string.Join(", ", s.Item2)} only in {s.Item1}");
        return $"Not compared, {what}: {string.Join("; ", sides)}.";
    }

    private void Print(ComparisonResult result, string labelA, string labelB, string table)
    {
        var terminal = ResultsTerminal.For(console);
        if (result.Parameters.Count == 0)
        {
            console.Out.WriteLine($"No parameter differs between {labelA} and {labelB} (sources, priors, names and descriptions, which do not change a run, are not compared).");
        }
        else
        {
            // A field one scenario leaves out takes its default there (an eligible list left out: every region), which a
            // blank cell would read as an empty value.
            static string Shown(string value) => value.Length == 0 ? "(absent)" : value;
            var parameters = new Table().AddColumns("parameter", Markup.Escape(labelA), Markup.Escape(labelB));
            // Values both scenarios give come first: a what-if that adds a project or a regime would otherwise fill the table with
            // its new fields and hide the changed value that moves the results (a timeline's end year, a weight).
            var shown = result.Parameters.OrderBy(p => p.A.Length == 0 || p.B.Length == 0 ? 1 : 0).Take(20).ToList();
            foreach (var p in shown)
            {
                parameters.AddRow(Markup.Escape(p.Path), Markup.Escape(Shown(p.A)), Markup.Escape(Shown(p.B)));
            }
            terminal.Write($"Parameters that differ ({result.Parameters.Count}"
                + (result.Parameters.Count > 20 ? "; 20 shown, values both give before fields one leaves out; all in parameters.csv" : string.Empty) + ")", parameters);
            if (shown.Any(p => p.A.Length == 0 || p.B.Length == 0))
            {
                console.Out.WriteLine("(absent): the scenario does not give it; a field left out takes its default (docs/scenario-format.md).");
            }
        }
        PrintWinChanges(terminal, result, labelA, labelB);
        PrintMetricChanges(terminal, result, labelA, labelB, table);
    }

    private void PrintWinChanges(IAnsiConsole terminal, ComparisonResult result, string labelA, string labelB)
    {
        var changed = WinChanges.Largest(result.Differences);
        if (changed.Count == 0)
        {
            // A table of zeros would read as the largest changes; there are none.
            console.Out.WriteLine($"No win probability of a competition both scenarios hold differs between {labelA} and {labelB}.");
            return;
        }
        var changes = new Table()
            .AddColumns("regime", "project:region", Markup.Escape(labelA), Markup.Escape(labelB), "change", "beyond noise");
        foreach (var d in changed.Take(Top))
        {
            // Three decimals can hide whether the interval holds 0 (−0.001 ± 0.001), so it is said.
            changes.AddRow(d.Regime, d.Name, $"{d.MeanA:0.000}", $"{d.MeanB:0.000}", $"{d.Difference:+0.000;-0.000;0} ± {(d.CiHigh - d.CiLow) / 2:0.000}",
                WinChanges.BeyondNoise(d) ? "yes" : "no");
        }
        terminal.Write($"Largest changes in win probability, {labelB} − {labelA} (± half the 95 % paired interval; beyond noise: it excludes 0)", changes);
        console.Out.WriteLine(ByChance(changed.Count(WinChanges.BeyondNoise), changed.Count, "win probabilities"));
    }

    /// <summary>What a count of intervals that exclude 0 means among many compared: were nothing changed, about one in twenty
    /// of the values whose draws differ would exclude 0 by chance, so a count near that says little on its own.</summary>
    public static string ByChance(int excluding, int differing, string what) =>
        $"{excluding} of the {differing} {what} that differ at all exclude 0; about {differing * 0.05:0} would by chance alone were nothing changed "
        + "(5 % of them), so judge a single one by its size and by whether a run with another --seed repeats it.";

    // The metrics moved beyond their sampling noise, in the units the comparison's table (`table`) has them: a what-if that
    // adds a later competition or changes a fund moves these while no compared win probability moves.
    private void PrintMetricChanges(IAnsiConsole terminal, ComparisonResult result, string labelA, string labelB, string table)
    {
        var clear = MetricChanges.Clear(result.Differences);
        if (clear.Count == 0)
        {
            console.Out.WriteLine($"No outcome metric differs between {labelA} and {labelB} beyond its 95 % paired interval.");
            return;
        }
        var changes = new Table().AddColumns("regime", "metric", Markup.Escape(labelA), Markup.Escape(labelB), Markup.Escape("change [95 % interval]"), "relative size");
        foreach (var d in clear.Take(Top))
        {
            changes.AddRow(Markup.Escape(d.Regime), Markup.Escape(d.Name), MarkdownNumber.Format(d.MeanA), MarkdownNumber.Format(d.MeanB),
                Markup.Escape($"{Signed(d.Difference)} {MarkdownNumber.Interval(d.CiLow, d.CiHigh)}"), Markup.Escape(Percent(MetricChanges.RelativeSize(d))));
        }
        // On common random numbers a tiny change can exclude 0: the interval says it is there, the relative size how large.
        if (clear.Count > Top)
        {
            changes.Caption($"{clear.Count - Top} more in {table}");
        }
        var metrics = result.Differences.Count(d => d.Kind == DifferenceKind.Metric);
        terminal.Write($"Metrics whose 95 % paired interval excludes 0, {labelB} − {labelA} ({clear.Count} of {metrics}; largest for the metric's size first; "
            + $"units as in {table})", changes);
        console.Out.WriteLine("An interval that excludes 0 says a change is there, not that it matters; relative size: |change| ÷ the larger mean.");
        console.Out.WriteLine(ByChance(clear.Count, result.Differences.Count(d => d.Kind == DifferenceKind.Metric && d.Difference != 0), "metric and mode pairs"));
    }

    /// <summary>Returns a relative size (<see cref="MetricChanges.RelativeSize"/>) as a percentage to two significant digits;
    /// below 0.01 % it is only said to be that small.</summary>
    public static string Percent(double size) =>
        size < 1e-4 ? "< 0.01 %" : (size * 100).ToString(size >= 1 ? "0" : "G2", System.Globalization.CultureInfo.InvariantCulture) + " %";

    private static string Signed(double value) => value > 0 ? $"+{MarkdownNumber.Format(value)}" : MarkdownNumber.Format(value);
}
