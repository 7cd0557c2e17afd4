using System.Globalization;

namespace Simulation.Experiments.Calibration;

/// <summary>
/// How many draws a posterior sample rests on, and whether that is too few for its summaries to mean much. A posterior is
/// thin when its effective sample size, or the number of distinct particles among the resampled ones, is below
/// <see cref="MinimumDraws"/> or below <see cref="MinimumShare"/> of the particles: its 95 % interval then has its ends set
/// by one or two draws, and its s.d. and narrowing describe those few draws rather than the posterior (importance sampling
/// of many uncertain parameters concentrates so: 30 particles may leave 6 distinct draws, 1,500 an effective sample size of
/// 22). Said on the terminal, in the calibration's <c>manifest.json</c> and in its Markdown block.
/// </summary>
/// <param name="Particles">Particles weighed.</param>
/// <param name="EffectiveSampleSize">Kish's effective sample size of the weights.</param>
/// <param name="DistinctParticles">Distinct particles in the posterior sample.</param>
/// <param name="Sampler">The sampler that drew it, which decides what to raise.</param>
public sealed record PosteriorSupport(int Particles, double EffectiveSampleSize, int DistinctParticles, CalibrationSampler Sampler)
{
    /// <summary>Fewest draws (effective, and distinct) a posterior's summaries need: with 100, each 2.5 % tail of the 95 %
    /// interval holds two or three of them.</summary>
    public const int MinimumDraws = 100;

    /// <summary>Smallest share of the particles the effective sample size (and the distinct particles) may be: below it the
    /// weights have collapsed onto a few particles, however many were drawn.</summary>
    public const double MinimumShare = 0.1;

    /// <summary>Returns the support of <paramref name="posterior"/>, drawn by <paramref name="sampler"/>.</summary>
    public static PosteriorSupport Of(RecordPosterior posterior, CalibrationSampler sampler) =>
        new(posterior.Particles, posterior.EffectiveSampleSize, posterior.DistinctParticles, sampler);

    /// <summary>The fewest draws this posterior needs: <see cref="MinimumDraws"/>, or <see cref="MinimumShare"/> of the
    /// particles when that is more.</summary>
    public double Needed => Math.Max(MinimumDraws, MinimumShare * Particles);

    /// <summary>Whether the effective sample size or the distinct particles fall below <see cref="Needed"/>.</summary>
    public bool IsThin => EffectiveSampleSize < Needed || DistinctParticles < Needed;

    /// <summary>Returns the warning (one sentence, no prefix) when the posterior is thin, else null: how many draws it rests
    /// on, what that means for the summary table, and which option to raise.</summary>
    public string? Warning() => IsThin
        ? string.Create(CultureInfo.InvariantCulture,
            $"the posterior rests on few draws (effective sample size {EffectiveSampleSize:0.#}, {DistinctParticles:N0} distinct of {Particles:N0} particles, "
            + $"where its summaries need {Needed:N0}, the larger of {MinimumDraws} and {MinimumShare * 100:0} % of the particles), so the posterior sd, 95 % "
            + $"intervals and narrowing of the summary table (summary.csv or .parquet) describe those few draws, not the posterior; {Remedy()}")
        : null;

    // What to raise: the importance sampler's weights collapse however many particles it draws; the tempered sampler's
    // effective sample size grows with the particles, and its moves spread the resampled copies apart.
    private string Remedy() => Sampler == CalibrationSampler.Importance
        ? "use the tempered sampler (--sampler tempered, the default), whose stages keep the sample from collapsing, or raise --particles many times over"
        : EffectiveSampleSize < Needed
            ? "raise --particles (the effective sample size grows in proportion)"
            : "raise --moves (or --particles), so that the moves spread the resampled copies apart";
}
