using System.Globalization;
using System.Text;
using Simulation.Experiments.Calibration;
using Simulation.Output.Validation;

namespace Simulation.Output.Calibration;

/// <summary>The Markdown summary of a calibration, for the generated <c>calibrate</c> block of docs/VALIDATION.md: how it was
/// run, the acceptance rate and tolerance, prior against posterior for each parameter, and the posterior predictive check.
/// Like the validation block it holds no clock or thread count, so a refresh with the same inputs changes nothing.</summary>
public static class CalibrationMarkdown
{
    /// <summary>Name of the generated block in docs/VALIDATION.md.</summary>
    public const string Section = "calibrate";

    /// <summary>Title used when the file does not exist yet.</summary>
    public const string Title = "# regsim calibration report";

    /// <summary>Returns the block's text.</summary>
    /// <param name="command">The command that reproduces it.</param>
    /// <param name="toolVersion">Version of regsim.</param>
    /// <param name="calibration">The calibration (settings, priors, targets).</param>
    /// <param name="posterior">The accepted particles.</param>
    /// <param name="parameters">Prior and posterior of each parameter.</param>
    /// <param name="predictive">The posterior predictive check.</param>
    public static string Block(string command, string toolVersion, AbcCalibration calibration, AbcPosterior posterior,
        IReadOnlyList<PosteriorParameter> parameters, IReadOnlyList<PredictiveCheckRow> predictive)
    {
        var s = calibration.Settings;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Produced by `{command}` (regsim {toolVersion}): {posterior.Particles:N0} particles × {s.ReplicationsPerParticle:N0} replications, seed {s.Seed}. ");
        text.Append(CultureInfo.InvariantCulture, $"**Accepted {posterior.Accepted.Count:N0} of {posterior.Particles:N0} (acceptance rate {MarkdownNumber.Format(posterior.AcceptanceRate)}), tolerance ε = {MarkdownNumber.Format(posterior.Epsilon)}** ");
        text.Append("(distance √Σ(1 − p)² over the targets ").Append(string.Join(", ", calibration.Targets.Select(t => $"`{t.Name}`"))).Append(").\n\n");
        text.Append("| parameter | prior | scenario value | posterior mean | posterior sd | 95 % interval |\n|---|---|---|---|---|---|\n");
        foreach (var p in parameters)
        {
            text.Append("| `").Append(p.Prior.Path.Text).Append("` | ").Append(p.Prior.Describe()).Append(" | ").Append(MarkdownNumber.Format(p.Prior.ScenarioValue))
                .Append(" | ").Append(MarkdownNumber.Format(p.Mean)).Append(" | ").Append(MarkdownNumber.Format(p.Sd)).Append(" | ")
                .Append(MarkdownNumber.Interval(p.P025, p.P975)).Append(" |\n");
        }
        text.Append(CultureInfo.InvariantCulture, $"\nPosterior predictive check ({s.PredictiveReplications:N0} replications of each scenario on the same streams; observed = the event happened):\n\n");
        text.Append("| target | original scenario | calibrated (posterior mean) | mean over accepted particles |\n|---|---|---|---|\n");
        foreach (var r in predictive)
        {
            text.Append("| `").Append(r.Target).Append("` | ").Append(MarkdownNumber.Format(r.Original)).Append(' ').Append(MarkdownNumber.Interval(r.OriginalLow, r.OriginalHigh))
                .Append(" | ").Append(MarkdownNumber.Format(r.Calibrated)).Append(' ').Append(MarkdownNumber.Interval(r.CalibratedLow, r.CalibratedHigh))
                .Append(" | ").Append(MarkdownNumber.Format(r.AcceptedMean)).Append(" |\n");
        }
        return text.ToString();
    }
}
