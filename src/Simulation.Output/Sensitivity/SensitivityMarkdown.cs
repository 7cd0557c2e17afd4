using System.Globalization;
using System.Text;
using Simulation.Experiments;
using Simulation.Experiments.Calibration;
using Simulation.Experiments.Sensitivity;
using Simulation.Output.Validation;

namespace Simulation.Output.Sensitivity;

/// <summary>
/// The Markdown summary of a Morris screening of a scenario's priors, for the generated <c>sensitivity</c> block of
/// docs/VALIDATION.md: which priors the model does not read (placebos, which score 0), then per output the priors it reads
/// that move it most, ranked by μ*, and which priors barely matter. The text
/// depends only on the results and their provenance, so a refresh with the same code and seed changes nothing.
/// </summary>
public static class SensitivityMarkdown
{
    /// <summary>Name of the generated block (see <see cref="MarkdownSection"/>).</summary>
    public const string Section = "sensitivity";

    /// <summary>Title used when the file does not exist yet.</summary>
    public const string Title = "# regsim sensitivity report";

    /// <summary>Priors shown per output.</summary>
    public const int Top = 10;

    /// <summary>A prior whose μ* is below this share of the output's largest μ* is called negligible for that output.</summary>
    public const double Negligible = 0.05;

    /// <summary>Returns the block's text.</summary>
    /// <param name="provenance">How the screening was produced.</param>
    /// <param name="screening">The scenario and its priors (the factors).</param>
    /// <param name="settings">The study's settings (Morris).</param>
    /// <param name="rows">The study's indices.</param>
    /// <param name="reads">Which priors the model reads under the analysed regime mode: those it does not (placebos) score 0,
    /// and are counted apart rather than ranked or called negligible.</param>
    public static string Block(SensitivityProvenance provenance, PriorScreening screening, SensitivitySettings settings, IReadOnlyList<SensitivityRow> rows,
        PriorReads reads)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        ArgumentNullException.ThrowIfNull(screening);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(reads);
        if (settings.Method != SensitivityMethod.Morris)
        {
            throw new ArgumentException("the sensitivity block summarises a Morris screening", nameof(settings));
        }
        var experiment = screening.Experiment;
        var model = experiment.Scenario.Model;
        var k = screening.Priors.Count;
        var text = new StringBuilder();
        text.Append("Produced by `").Append(provenance.Command).Append("` (regsim ").Append(provenance.ToolVersion).Append(") on ")
            .Append(MarkdownFiles.Describe(provenance.ScenarioFiles))
            .Append(CultureInfo.InvariantCulture, $": {k} priors, {settings.Trajectories} trajectories of {k + 1} points on a {settings.Levels}-level grid ")
            .Append(CultureInfo.InvariantCulture, $"({N(settings.Trajectories * (k + 1))} design points), {N(experiment.ReplicationsPerPoint)} replications per point ")
            .Append(CultureInfo.InvariantCulture, $"on the same random streams, seed {experiment.Seed}, {N(settings.BootstrapResamples)} bootstrap resamples; ")
            .Append("outputs under ").Append(ModeCatalogue.From(model).Phrase(settings.Regime)).Append(".\n\n");
        // A uniform prior screened through its quantiles is one on an index's component weight from 0 (PriorScreening.CentralFactorOf).
        var weightsFrom0 = screening.Priors.Zip(experiment.Factors).Any(p => p.First.Distribution == PriorDistribution.Uniform && p.Second.Quantile is not null);
        text.Append("μ* is the mean absolute change in the output when one prior moves across its range (a uniform prior from its min to its ")
            .Append(weightsFrom0 ? "max, a normal one, and a uniform one on an index's component weight from 0, " : "max, a normal one ")
            .Append("from its 2.5 % to its 97.5 % quantile) with the others at random levels; μ keeps the sign (positive: ")
            .Append("the output rises with the prior); σ is the spread of those changes (large: the effect bends or depends on other priors). ")
            .Append("The interval is a 95 % bootstrap interval of μ* over trajectories.\n");
        var placebos = screening.Priors.Where((_, j) => !reads.IsRead(j)).Select(p => p.Path.Text).ToHashSet();
        if (placebos.Count > 0)
        {
            // A prior the model never reads moves no output: it is counted here once, not ranked or called negligible below.
            text.Append('\n').Append(reads.Sentence(name => $"`{name}`"))
                .Append(" A prior the model does not read scores exactly 0 for every output, since every point runs on the same random streams; ")
                .Append("the tables rank the priors it reads.\n");
        }
        var priorsRead = placebos.Count == 0 ? $"{k} priors" : $"the {k - placebos.Count} priors the model reads";

        var negligibleEverywhere = screening.Priors.Select(p => p.Path.Text).Where(p => !placebos.Contains(p)).ToHashSet();
        foreach (var output in settings.Outputs)
        {
            var ranked = Ranked(rows, output, screening).Where(r => !placebos.Contains(r.Factor)).ToList();
            var largest = ranked.Count > 0 ? ranked[0].MuStar : 0;
            var negligible = ranked.Where(r => r.MuStar <= Negligible * largest).Select(r => r.Factor).ToHashSet();
            negligibleEverywhere.IntersectWith(negligible);
            text.Append("\n#### `").Append(output).Append("`: ").Append(SensitivityOutputs.Describe(model, output)).Append("\n\n");
            text.Append("| rank | prior | range | μ* | 95 % interval of μ* | μ | σ |\n|---|---|---|---|---|---|---|\n");
            foreach (var (row, rank) in ranked.Take(Top).Select((r, i) => (r, i + 1)))
            {
                var prior = screening.Priors.First(p => p.Path.Text == row.Factor);
                text.Append(CultureInfo.InvariantCulture, $"| {rank} | `{row.Factor}` | {prior.Describe()} | {MarkdownNumber.Format(row.MuStar)} | ")
                    .Append(MarkdownNumber.Interval(row.CiLow, row.CiHigh)).Append(" | ").Append(MarkdownNumber.Format(row.Mu)).Append(" | ")
                    .Append(MarkdownNumber.Format(row.Sigma)).Append(" |\n");
            }
            text.Append('\n').Append(largest > 0
                ? $"{negligible.Count} of {priorsRead} are negligible for this output (μ* at most {Percent(Negligible)} of the largest)."
                : "No prior changes this output.");
            text.Append('\n');
        }
        text.Append("\n**Negligible for every output above** (μ* at most ").Append(Percent(Negligible)).Append(" of each output's largest): ");
        var them = $"the {placebos.Count} {(placebos.Count == 1 ? "placebo" : "placebos")} above, which the model does not read";
        text.Append(negligibleEverywhere.Count == 0
            ? placebos.Count == 0 ? "none." : $"none besides {them}."
            : string.Join(", ", screening.Priors.Where(p => negligibleEverywhere.Contains(p.Path.Text)).Select(p => $"`{p.Path.Text}`"))
                + (placebos.Count == 0 ? "." : $"; besides them, {them}."));
        text.Append('\n');
        return text.ToString();
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %";

    // The output's μ*, μ and σ per prior, largest μ* first; ties keep the scenario's order.
    private static List<(string Factor, double MuStar, double CiLow, double CiHigh, double Mu, double Sigma)> Ranked(
        IReadOnlyList<SensitivityRow> rows, string output, PriorScreening screening)
    {
        var mine = rows.Where(r => r.Output == output).ToList();
        double Value(string factor, SensitivityIndex index) => mine.FirstOrDefault(r => r.Factor == factor && r.Index == index)?.Value ?? double.NaN;
        return [.. screening.Priors
            .Select(p => p.Path.Text)
            .Select(f => (Factor: f, Star: mine.FirstOrDefault(r => r.Factor == f && r.Index == SensitivityIndex.MuStar)))
            .Where(x => x.Star is not null)
            .Select(x => (x.Factor, x.Star!.Value, x.Star.CiLow, x.Star.CiHigh, Value(x.Factor, SensitivityIndex.Mu), Value(x.Factor, SensitivityIndex.Sigma)))
            .OrderByDescending(x => x.Item2)];
    }
}
