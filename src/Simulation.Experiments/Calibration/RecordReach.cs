using System.Globalization;

namespace Simulation.Experiments.Calibration;

/// <summary>
/// Which uncertain parameters the record's likelihood moves with. A parameter the model reads may still never reach a
/// competition of the record: it acts only after the last one (a delivery lag that carries every delivery past it), or only on
/// what no competition reads (the stalls and value spread of designations whose value is not national money, which add to no
/// region's resources or capacity). The record cannot inform it, so a calibration must count it with the placebos, not rank
/// its narrowing (the sampler's own) as a finding. The model draws every noise whatever its scale, so a prior ending at 0
/// does not shift the other draws and pass for a parameter that moves the record.
/// <para>Found by measurement: ln P of each competition of the record at each parameter's two prior ends, the others at their
/// scenario values, on the same streams as at the scenario values. Equal bit for bit at both ends means no competition moved.
/// Approximate: a parameter that moved the record only strictly between its ends, or only in replications beyond those run,
/// would be taken for one that does not.</para>
/// </summary>
/// <param name="Moves">Per parameter (prior order), whether the record's likelihood moves with it; false for one the model does
/// not read, which is not run.</param>
/// <param name="Replications">Replications of each run (the calibration's predictive replications, at most
/// <see cref="MaxReplications"/>).</param>
public sealed record RecordReach(IReadOnlyList<bool> Moves, int Replications)
{
    /// <summary>The most replications each run takes: a parameter the record depends on changes the floating-point result of
    /// nearly every replication, so more would only make a large predictive check's calibration slower.</summary>
    public const int MaxReplications = 1000;

    /// <summary>Why a parameter the model reads is still a placebo of the calibration, for tables and sentences.</summary>
    public const string Unmoved = "the record's likelihood is the same bit for bit at both ends of its prior (on the same streams): no competition of the record depends on it";

    /// <summary>Returns how many replications each run of a calibration with <paramref name="settings"/> takes.</summary>
    public static int ReplicationsFor(CalibrationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Math.Min(settings.PredictiveReplications, MaxReplications);
    }

    /// <summary>Returns which of <paramref name="calibration"/>'s parameters move the record's likelihood, each run on
    /// <paramref name="threads"/> threads (the same result at any count), reporting each parameter done to
    /// <paramref name="progress"/>.</summary>
    public static RecordReach Of(RecordCalibration calibration, int threads, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(calibration);
        var replications = ReplicationsFor(calibration.Settings);
        var values = calibration.Priors.Select(p => p.ScenarioValue).ToArray();
        var baseline = calibration.ScoreAt(values, replications, threads, cancellationToken);
        var moves = new bool[values.Length];
        for (var j = 0; j < values.Length; j++)
        {
            if (calibration.Reads.IsRead(j))
            {
                var prior = calibration.Priors[j];
                moves[j] = Moved(calibration, values, j, prior.Min, baseline, replications, threads, cancellationToken)
                    || Moved(calibration, values, j, prior.Max, baseline, replications, threads, cancellationToken);
            }
            progress?.Report(j + 1);
        }
        return new RecordReach(moves, replications);
    }

    private static bool Moved(RecordCalibration calibration, double[] values, int j, double at, Scoring.RecordScore baseline,
        int replications, int threads, CancellationToken cancellationToken)
    {
        var kept = values[j];
        values[j] = at;
        try
        {
            var score = calibration.ScoreAt(values, replications, threads, cancellationToken);
            // Equals, not ==: a competition the record rules out scores NaN at both, and that is no move.
            return score.Competitions.Select(c => c.LogScore).Zip(baseline.Competitions, (a, b) => !a.Equals(b.LogScore)).Any(m => m);
        }
        finally
        {
            values[j] = kept;
        }
    }

    /// <summary>Returns the sentence naming the parameters the model reads but the record's likelihood does not move with,
    /// each path written by <paramref name="name"/>, with a leading space; empty when there are none.</summary>
    /// <param name="parameters">The calibration's parameters.</param>
    /// <param name="replications">The replications each was run with.</param>
    /// <param name="name">Writes a parameter's path (in backticks for Markdown, say).</param>
    public static string Sentence(IReadOnlyList<PosteriorParameter> parameters, int replications, Func<string, string> name)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(name);
        var unmoved = parameters.Where(p => p.IsRead && !p.MovesRecord).ToList();
        if (unmoved.Count == 0)
        {
            return string.Empty;
        }
        var one = unmoved.Count == 1;
        return string.Create(CultureInfo.InvariantCulture,
            $" Of those it reads, {unmoved.Count} {(one ? "does" : "do")} not move the record's likelihood, the same bit for bit at both ends of {(one ? "its" : "each")} prior ({replications:N0} replications on the same streams), so the record cannot inform {(one ? "it" : "them")} either (placebos): {string.Join(", ", unmoved.Select(p => name(p.Prior.Path.Text)))}.");
    }
}
