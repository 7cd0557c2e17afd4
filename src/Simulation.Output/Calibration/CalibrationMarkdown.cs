using System.Globalization;
using System.Text;
using Simulation.Experiments.Calibration;
using Simulation.Output.Validation;

namespace Simulation.Output.Calibration;

/// <summary>The Markdown summary of a calibration, for the generated <c>calibrate</c> block of docs/VALIDATION.md: how it was
/// run, how many parameters the model reads, the effective sample size and the evidence (with a warning when the posterior
/// rests on too few draws, <see cref="PosteriorSupport"/>), the identifiability table (prior against posterior for each
/// parameter the model reads, the most narrowed first, then how far the placebos narrow), the posterior predictive check and
/// the leave-one-out check. Like the validation block it holds no clock or thread count, so a refresh with the same inputs
/// changes nothing.</summary>
public static class CalibrationMarkdown
{
    /// <summary>Name of the generated block in docs/VALIDATION.md.</summary>
    public const string Section = "calibrate";

    /// <summary>Title used when the file does not exist yet.</summary>
    public const string Title = "# regsim calibration report";

    // The identifiability table lists every parameter the record narrows by at least this much, and at least a few.
    private const double Narrowed = 0.1;
    private const int AtLeast = 5;
    private const int ListedFlags = 8; // parameters the SBC sentence names; the rest are counted

    /// <summary>Returns the block's text.</summary>
    /// <param name="command">The command that reproduces it.</param>
    /// <param name="toolVersion">Version of regsim.</param>
    /// <param name="calibration">The calibration (settings, priors, targets).</param>
    /// <param name="posterior">The posterior sample.</param>
    /// <param name="stages">The tempered sampler's stages (empty for importance sampling).</param>
    /// <param name="parameters">Prior and posterior of each parameter.</param>
    /// <param name="predictive">The posterior predictive check.</param>
    /// <param name="leaveOneOut">Each competition predicted by the posterior fitted without it.</param>
    /// <param name="sbc">The simulation-based calibration (empty when skipped).</param>
    public static string Block(string command, string toolVersion, RecordCalibration calibration, RecordPosterior posterior,
        IReadOnlyList<SmcStage> stages, IReadOnlyList<PosteriorParameter> parameters, IReadOnlyList<PredictiveCheckRow> predictive, IReadOnlyList<LeaveOneOutRow> leaveOneOut,
        IReadOnlyList<SbcParameter> sbc)
    {
        var s = calibration.Settings;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Produced by `{command}` (regsim {toolVersion}): {posterior.Particles:N0} particles × {s.ReplicationsPerParticle:N0} replications, seed {s.Seed}, ");
        text.Append(calibration.Reads.Sentence(name => $"`{name}`")).Append(RecordReach.Sentence(parameters, RecordReach.ReplicationsFor(s), name => $"`{name}`"))
            .Append(CultureInfo.InvariantCulture, $" **Effective sample size {MarkdownNumber.Format(posterior.EffectiveSampleSize)}; ");
        text.Append(CultureInfo.InvariantCulture, $"ln P(record) with the parameters uncertain (the evidence) {MarkdownNumber.Format(posterior.LogEvidence)}**, against {MarkdownNumber.Format(calibration.Targets.Sum(t => t.Chance))} by chance.\n\n");
        if (PosteriorSupport.Of(posterior, s.Sampler).Warning() is { } thin)
        {
            text.Append("**Warning:** ").Append(thin).Append(".\n\n");
        }
        AppendStages(text, stages, s);

        // Ranked among the parameters the record can inform: a placebo's narrowing is the sampler's own, reported apart as the
        // floor below which a narrowing is no evidence.
        var read = parameters.Where(p => !p.IsPlacebo).ToList();
        var ranked = read.Select((p, j) => (p, j)).OrderByDescending(x => double.IsFinite(x.p.Shrinkage) ? x.p.Shrinkage : double.MinValue).ThenBy(x => x.j).ToList();
        var shown = ranked.Where((x, i) => i < AtLeast || x.p.Shrinkage >= Narrowed).ToList();
        var each = read.Count == parameters.Count ? "each parameter"
            : parameters.All(p => p.MovesRecord || !p.IsRead) ? "each parameter the model reads" : "each parameter the record's likelihood moves with";
        text.Append(CultureInfo.InvariantCulture, $"Identifiability: how much the record narrows {each} (1 − posterior sd ÷ prior sd), the {shown.Count} most narrowed of {read.Count}; ");
        text.Append(CultureInfo.InvariantCulture, $"the other {read.Count - shown.Count} are narrowed by less than {Narrowed:0.#} (all in `summary.csv`).");
        text.Append(PlaceboNote(parameters)).Append("\n\n");
        text.Append("| parameter | prior | scenario value | posterior mean | posterior sd | 95 % interval | narrowed |\n|---|---|---|---|---|---|---|\n");
        foreach (var (p, _) in shown)
        {
            text.Append(IdentifiabilityRow(p)).Append('\n');
        }

        text.Append(CultureInfo.InvariantCulture, $"\nPosterior predictive check: ln P of each competition's historical winners given the record before it, then the record's patterns, which the calibration never saw ({s.PredictiveReplications:N0} replications of each scenario on the same streams; 95 % intervals):\n\n");
        text.Append("| target | chance | original scenario | calibrated scenario (`calibrated.json`) | mean over the posterior particles |\n|---|---|---|---|---|\n");
        foreach (var r in predictive)
        {
            text.Append("| `").Append(r.Target).Append("` | ").Append(MarkdownNumber.Format(r.Observed)).Append(" | ")
                .Append(MarkdownNumber.Format(r.Original)).Append(' ').Append(MarkdownNumber.Interval(r.OriginalLow, r.OriginalHigh))
                .Append(" | ").Append(MarkdownNumber.Format(r.Calibrated)).Append(' ').Append(MarkdownNumber.Interval(r.CalibratedLow, r.CalibratedHigh))
                .Append(" | ").Append(MarkdownNumber.Format(r.AcceptedMean)).Append(" |\n");
        }

        text.Append("\nLeave one competition out: ln P of its historical winners under the posterior fitted to the other competitions, beside the priors alone and chance:\n\n");
        text.Append("| held out | fitted to the others | priors alone | chance | effective sample size |\n|---|---|---|---|---|\n");
        foreach (var r in leaveOneOut)
        {
            text.Append("| `").Append(r.Competition).Append("` | ").Append(MarkdownNumber.Format(r.HeldOut)).Append(" | ").Append(MarkdownNumber.Format(r.Prior))
                .Append(" | ").Append(MarkdownNumber.Format(r.Chance)).Append(" | ").Append(MarkdownNumber.Format(r.EffectiveSampleSize)).Append(" |\n");
        }
        text.Append(UnfittedNote(leaveOneOut));
        text.Append(CultureInfo.InvariantCulture, $"\nTotal held-out ln P: {MarkdownNumber.Format(leaveOneOut.Sum(r => r.HeldOut))} fitted to the others, ")
            .Append(CultureInfo.InvariantCulture, $"{MarkdownNumber.Format(leaveOneOut.Sum(r => r.Prior))} with the priors alone, {MarkdownNumber.Format(leaveOneOut.Sum(r => r.Chance))} by chance.\n");
        AppendSbc(text, sbc, Placebos(parameters));
        return text.ToString();
    }

    private static void AppendStages(StringBuilder text, IReadOnlyList<SmcStage> stages, CalibrationSettings settings)
    {
        if (stages.Count == 0)
        {
            text.Append("Sampler: importance sampling from the priors, resampled once by likelihood.\n\n");
            return;
        }
        text.Append(CultureInfo.InvariantCulture, $"Sampler: likelihood-tempered sequential Monte Carlo, {stages.Count} stages of reweighting, resampling and {settings.MovesPerStage} pseudo-marginal random-walk moves per particle (the effective sample size above is the last stage's, before resampling):\n\n");
        text.Append("| stage | temperature | effective sample size | acceptance rate | distinct particles after the moves | ln evidence so far |\n|---|---|---|---|---|---|\n");
        foreach (var st in stages)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {st.Number} | {MarkdownNumber.Format(st.Temperature)} | {MarkdownNumber.Format(st.EffectiveSampleSize)} | {MarkdownNumber.Format(st.AcceptanceRate)} | {st.DistinctParticles} | {MarkdownNumber.Format(st.LogEvidence)} |\n");
        }
        text.Append('\n');
    }

    /// <summary>Returns the sentence on the placebos, the parameters the record cannot inform (empty when there are none): how
    /// far the sampler alone narrows them, the floor below which a narrowing in the table is no evidence that the record
    /// informs a parameter.</summary>
    public static string PlaceboNote(IReadOnlyList<PosteriorParameter> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var placebos = parameters.Where(p => p.IsPlacebo).ToList();
        if (placebos.Count == 0)
        {
            return string.Empty;
        }
        var which = placebos.All(p => !p.IsRead) ? "the model does not read" : placebos.All(p => p.IsRead) ? "the record's likelihood does not move with"
            : "the model does not read or the record's likelihood does not move with";
        var they = placebos.Count == 1 ? $"The 1 parameter {which} (a placebo, which the record cannot inform)"
            : $"The {placebos.Count} parameters {which} (placebos, which the record cannot inform)";
        var widest = placebos.Where(p => double.IsFinite(p.Shrinkage)).OrderByDescending(p => p.Shrinkage).FirstOrDefault();
        return widest is null
            ? $" {they} are marked in `summary.csv` (`read`, `moves_record`)."
            : $" {they} {(placebos.Count == 1 ? "is" : "are")} narrowed by {(placebos.Count == 1 ? "" : "up to ")}{MarkdownNumber.Format(widest.Shrinkage)} (`{widest.Prior.Path.Text}`; "
                + "`read` and `moves_record` in `summary.csv`): the sampler alone narrows a parameter that much, so a narrowing no larger is no evidence that the record informs it.";
    }

    /// <summary>Returns the sentence naming the held-out competitions no refit could predict (no particle reproduced the
    /// others in its replications), whose missing value leaves the total without one; empty when every one has a value.</summary>
    public static string UnfittedNote(IReadOnlyList<LeaveOneOutRow> leaveOneOut) =>
        leaveOneOut.Where(r => double.IsNaN(r.HeldOut)).Select(r => $"`{r.Competition}`").ToList() is { Count: > 0 } unfitted
            ? $"\nNo particle reproduced the other competitions when {string.Join(", ", unfitted)} was held out, so it has no held-out value "
                + "and the total has none: give each particle more replications (`--replications`).\n"
            : string.Empty;

    /// <summary>Returns the simulation-based calibration's sentence (empty when it was skipped): every parameter with
    /// p &lt; 0.01 counted, the first few named, each placebo among them (of <paramref name="parameters"/>) marked so.</summary>
    public static string SbcSentence(IReadOnlyList<SbcParameter> sbc, IReadOnlyList<PosteriorParameter>? parameters = null)
    {
        var text = new StringBuilder();
        AppendSbc(text, sbc, Placebos(parameters ?? []));
        return text.ToString();
    }

    private static HashSet<string> Placebos(IReadOnlyList<PosteriorParameter> parameters) =>
        [.. parameters.Where(p => p.IsPlacebo).Select(p => p.Prior.Path.Text)];

    private static void AppendSbc(StringBuilder text, IReadOnlyList<SbcParameter> sbc, IReadOnlySet<string> placebos)
    {
        if (sbc.Count == 0)
        {
            return;
        }
        var records = sbc[0].Pits.Count;
        var flagged = sbc.Where(p => p.PValue < 0.01).OrderBy(p => p.PValue).ToList();
        text.Append(CultureInfo.InvariantCulture, $"\nSimulation-based calibration: {records} synthetic records drawn from the priors and the model, each calibrated as the record is; ")
            .Append("where each true value fell in its posterior should be uniform (`sbc_summary.csv`, `plots/sbc`). ")
            .Append(CultureInfo.InvariantCulture, $"{flagged.Count} parameter(s) with p < 0.01")
            .Append(flagged.Count == 0 ? "." : ": " + string.Join(", ", flagged.Take(ListedFlags).Select(p => $"`{p.Prior.Path.Text}` ({MarkdownNumber.Format(p.PValue)}{(placebos.Contains(p.Prior.Path.Text) ? ", a placebo" : "")})"))
                + (flagged.Count > ListedFlags ? $" and {flagged.Count - ListedFlags} more (`sbc_summary.csv`)" : "") + ".")
            .Append(" With this few records the test is weak: it catches a badly miscalibrated posterior, not a slightly one.\n");
    }

    /// <summary>Returns the identifiability table's row of <paramref name="p"/>: a missing number (the posterior s.d. and the
    /// narrowing of a single accepted particle) as an en dash.</summary>
    public static string IdentifiabilityRow(PosteriorParameter p) =>
        $"| `{p.Prior.Path.Text}` | {p.Prior.Describe()} | {MarkdownNumber.Format(p.Prior.ScenarioValue)} | {MarkdownNumber.Format(p.Mean)} | "
        + $"{MarkdownNumber.Format(p.Sd)} | {MarkdownNumber.Interval(p.P025, p.P975)} | {MarkdownNumber.Format(p.Shrinkage)} |";
}
