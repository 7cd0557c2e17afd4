using MathNet.Numerics.LinearAlgebra;
using Simulation.Core.Randomness;
using Simulation.Experiments.Scheduling;
using Simulation.Experiments.Statistics;

namespace Simulation.Experiments.Calibration;

/// <summary>
/// Likelihood-tempered sequential Monte Carlo (Del Moral, Doucet and Jasra 2006; Chopin 2002) from the priors to the
/// posterior: the particles drawn from the priors target prior × likelihood^φ with φ raised in stages from 0 to 1, each
/// stage as far as keeps the new weights' effective sample size at <see cref="SmcSettings.EssFraction"/> of the particles,
/// then resampled and moved by random-walk Metropolis–Hastings. Importance sampling straight from the priors degenerates
/// when many parameters are uncertain; the stages keep the particles where the likelihood is.
/// <para>The walk runs in standard normal coordinates (<see cref="Prior.ToStandardNormal"/>), where every prior is N(0, 1),
/// with steps drawn from the particles' own covariance shrunk toward its diagonal (d ÷ (d + N), a heuristic that keeps it
/// invertible when the particles are fewer than the parameters) and a scale that adapts to the acceptance rate.
/// A proposal's likelihood is estimated afresh on replications of its own seed and a particle keeps its estimate until a
/// proposal replaces it (pseudo-marginal, Andrieu and Roberts 2009): the last stage, at φ = 1, leaves the exact posterior
/// invariant; the intermediate stages, which temper a noisy estimate, are an approximation that only guides the particles.</para>
/// <para>Deterministic for a seed whatever the thread count: every proposal draws from the stream of (seed, stage, move, slot).</para>
/// </summary>
/// <param name="priors">The parameters, in the order of the particles' values.</param>
/// <param name="likelihood">Estimates the likelihood at a proposal.</param>
/// <param name="logTarget">The log likelihood the stages temper, read from a particle (all factors, or all but one for a
/// leave-one-out fit).</param>
/// <param name="settings">How the stages run.</param>
public sealed class TemperedSmc(IReadOnlyList<Prior> priors, ParticleLikelihood likelihood, Func<Particle, double> logTarget, SmcSettings settings)
{
    // Keep the resampling and proposal streams apart from each other and from the particles' and replications' streams.
    private const ulong ResamplingStreams = 0x7E3B_E12E_0000_0001UL;
    private const ulong ProposalStreams = 0x7E3B_E12E_0000_0002UL;
    private const double TargetAcceptance = 0.234;

    /// <summary>Returns stage 0: the particles drawn from the priors, at temperature 0, before any stage has run.</summary>
    public SmcStage Start(IReadOnlyList<Particle> priorParticles) =>
        new(0, 0.0, priorParticles.Count, double.NaN, 2.38 / Math.Sqrt(Math.Max(1, priors.Count)), 0.0,
            [.. priorParticles.OrderBy(p => p.Index).Select((p, i) => p with { Index = i })]);

    /// <summary>
    /// Runs the stages after <paramref name="from"/> until the temperature reaches 1 and returns the last; hands each finished
    /// stage to <paramref name="stageFinished"/> (to keep it, or to show progress). Throws <see cref="InvalidOperationException"/>
    /// when every particle rules the data out.
    /// </summary>
    public SmcStage Run(SmcStage from, int threads, Action<SmcStage>? stageFinished = null, CancellationToken cancellationToken = default)
    {
        settings.Validate();
        var stage = from;
        while (stage.Temperature < 1.0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage = Next(stage, threads, cancellationToken);
            stageFinished?.Invoke(stage);
        }
        return stage;
    }

    private SmcStage Next(SmcStage previous, int threads, CancellationToken cancellationToken)
    {
        var population = previous.Population;
        var n = population.Count;
        var logs = population.Select(logTarget).ToArray();
        if (!logs.Any(double.IsFinite))
        {
            throw new NoParticleFitsException();
        }
        var step = NextStep(logs, previous.Temperature);
        var temperature = step >= 1.0 - previous.Temperature ? 1.0 : previous.Temperature + step;
        var increments = logs.Select(l => double.IsFinite(l) ? step * l : double.NegativeInfinity).ToArray();
        var max = LogWeights.Max(increments);
        var weights = LogWeights.Relative(increments);
        var logEvidence = previous.LogEvidence + max + Math.Log(weights.Sum() / n);
        var number = previous.Number + 1;
        var resampled = SystematicResampling.Draw(weights, RandomStream.ForReplication(settings.Seed ^ ResamplingStreams, number).NextDouble())
            .Select((source, k) => population[source] with { Index = k }).ToArray();

        var coordinates = resampled.Select(Coordinates).ToArray();
        var factor = ProposalFactor(coordinates);
        var scale = previous.Number == 0 || double.IsNaN(previous.AcceptanceRate)
            ? previous.Scale
            : Math.Clamp(previous.Scale * Math.Exp(2 * (previous.AcceptanceRate - TargetAcceptance)), 0.01, 3.0);
        var accepted = new int[n];
        for (var move = 0; move < settings.MovesPerStage; move++)
        {
            var firstProposal = (((long)number * settings.MovesPerStage) + move) * n;
            OrderedParallel.Run(n, threads, 2, () => 0,
                (_, jobs) =>
                {
                    for (var i = (int)jobs.First; i < jobs.End; i++)
                    {
                        var stream = RandomStream.ForReplication(settings.Seed ^ ProposalStreams, firstProposal + i);
                        if (Move(ref resampled[i], ref coordinates[i], factor, scale, temperature, ref stream, cancellationToken))
                        {
                            accepted[i]++;
                        }
                    }
                },
                cancellationToken: cancellationToken);
        }
        var acceptance = accepted.Sum() / (double)(n * settings.MovesPerStage);
        return new SmcStage(number, temperature, EffectiveSampleSize.Of(weights), acceptance, scale, logEvidence, resampled);
    }

    // The largest step of the temperature (at most to 1) that keeps the weights' effective sample size at the set fraction
    // of the particles that do not rule the data out; found by bisection, so it is never above the target.
    private double NextStep(double[] logs, double temperature)
    {
        var finite = logs.Where(double.IsFinite).ToArray();
        var target = settings.EssFraction * finite.Length;
        double Ess(double step) => EffectiveSampleSize.OfLogs([.. finite.Select(l => step * l)]);
        var rest = 1.0 - temperature;
        if (Ess(rest) >= target)
        {
            return rest;
        }
        double low = 0, high = rest;
        for (var i = 0; i < 60; i++)
        {
            var middle = (low + high) / 2;
            (low, high) = Ess(middle) >= target ? (middle, high) : (low, middle);
        }
        return low > 0 ? low : high;
    }

    private double[] Coordinates(Particle particle) =>
        [.. priors.Select((p, j) => p.ToStandardNormal(particle.Parameters[j]))];

    // The lower Cholesky factor of the particles' covariance shrunk toward its diagonal, with a floor on the variances.
    private Matrix<double> ProposalFactor(double[][] coordinates)
    {
        var (n, d) = (coordinates.Length, priors.Count);
        var mean = new double[d];
        foreach (var z in coordinates)
        {
            for (var j = 0; j < d; j++)
            {
                mean[j] += z[j] / n;
            }
        }
        var shrinkage = d / (double)(d + n);
        var covariance = Matrix<double>.Build.Dense(d, d, (a, b) =>
        {
            var sum = 0.0;
            foreach (var z in coordinates)
            {
                sum += (z[a] - mean[a]) * (z[b] - mean[b]);
            }
            var value = n > 1 ? sum / (n - 1) : (a == b ? 1.0 : 0.0);
            return a == b ? Math.Max(value, 1e-6) : (1 - shrinkage) * value;
        });
        return covariance.Cholesky().Factor;
    }

    // One random-walk Metropolis–Hastings step of one particle at the given temperature; returns whether it moved.
    private bool Move(ref Particle particle, ref double[] z, Matrix<double> factor, double scale, double temperature, ref RandomStream stream,
        CancellationToken cancellationToken)
    {
        var d = z.Length;
        var noise = new double[d];
        for (var j = 0; j < d; j++)
        {
            noise[j] = stream.NextGaussian();
        }
        var proposal = new double[d];
        for (var a = 0; a < d; a++)
        {
            var shift = 0.0;
            for (var b = 0; b <= a; b++)
            {
                shift += factor[a, b] * noise[b];
            }
            proposal[a] = z[a] + (scale * shift);
        }
        var uniform = stream.NextOpenDouble();
        var replicationSeed = stream.NextUInt64();
        var logRatio = 0.5 * (z.Sum(x => x * x) - proposal.Sum(x => x * x));
        var parameters = priors.Select((p, j) => p.FromStandardNormal(proposal[j])).ToArray();
        var candidate = likelihood(particle.Index, parameters, replicationSeed, cancellationToken);
        var (current, next) = (logTarget(particle), logTarget(candidate));
        if (double.IsNegativeInfinity(next))
        {
            return false;
        }
        if (double.IsFinite(current))
        {
            logRatio += temperature * (next - current);
        }
        else
        {
            logRatio = double.PositiveInfinity;
        }
        if (Math.Log(uniform) >= logRatio)
        {
            return false;
        }
        (particle, z) = (candidate, proposal);
        return true;
    }
}
