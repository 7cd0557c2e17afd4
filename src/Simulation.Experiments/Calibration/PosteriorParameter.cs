using MathNet.Numerics.Statistics;

namespace Simulation.Experiments.Calibration;

/// <summary>A parameter's prior and posterior side by side (a row of <c>summary.csv</c> and of the identifiability table:
/// a posterior no narrower than the prior says the record cannot tell the parameter's value).</summary>
/// <param name="Prior">The parameter and its prior.</param>
/// <param name="Mean">Posterior mean.</param>
/// <param name="Sd">Posterior standard deviation (n − 1, so NaN, undefined, for fewer than two accepted particles).</param>
/// <param name="P025">2.5th percentile of the accepted values .</param>
/// <param name="P50">Median of the accepted values.</param>
/// <param name="P975">97.5th percentile of the accepted values.</param>
public sealed record PosteriorParameter(Prior Prior, double Mean, double Sd, double P025, double P50, double P975)
{
    /// <summary>Why the model never reads the parameter (<see cref="PriorReads"/>), or null when it does: a parameter it never
    /// reads is a placebo, whose narrowing measures the sampler, not the record.</summary>
    public string? Unread { get; init; }

    /// <summary>Whether the model reads the parameter.</summary>
    public bool IsRead => Unread is null;

    /// <summary>Whether the record's likelihood moves with the parameter (<see cref="RecordReach"/>); never for one the model
    /// does not read.</summary>
    public bool MovesRecord { get => IsRead && _movesRecord; init => _movesRecord = value; }

    private readonly bool _movesRecord = true;

    /// <summary>Whether the record cannot inform the parameter (the model does not read it, or the record's likelihood does
    /// not move with it): its narrowing measures the sampler, not the record.</summary>
    public bool IsPlacebo => !IsRead || !MovesRecord;

    /// <summary>Why the parameter is a placebo, or null when it is not.</summary>
    public string? PlaceboBecause => Unread ?? (MovesRecord ? null : RecordReach.Unmoved);

    /// <summary>How much the record narrows the parameter: 1 − posterior s.d. ÷ prior s.d. (0: not at all; near 1: pinned down;
    /// NaN when the posterior s.d. is undefined, so one particle never reads as certainty).</summary>
    public double Shrinkage => Prior.StandardDeviation > 0 ? 1 - (Sd / Prior.StandardDeviation) : double.NaN;

    /// <summary>Returns the summary of the accepted values of parameter <paramref name="index"/>.</summary>
    public static PosteriorParameter Of(Prior prior, RecordPosterior posterior, int index)
    {
        var values = posterior.Accepted.Select(p => p.Parameters[index]).ToArray();
        if (values.Length == 0)
        {
            return new PosteriorParameter(prior, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }
        return new PosteriorParameter(prior, values.Average(), values.Length > 1 ? values.StandardDeviation() : double.NaN,
            values.QuantileCustom(0.025, QuantileDefinition.R7), values.QuantileCustom(0.5, QuantileDefinition.R7), values.QuantileCustom(0.975, QuantileDefinition.R7));
    }
}
