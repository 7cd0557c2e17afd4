namespace Simulation.Experiments.Calibration;

/// <summary>
/// Estimates by simulation the likelihood of the data at one parameter vector, as a <see cref="Particle"/> with one log term
/// per factor: what <see cref="TemperedSmc"/> tempers. The estimate of the likelihood itself (not its log) must be
/// unbiased for the final stage to target the exact posterior (pseudo-marginal Metropolis–Hastings).
/// </summary>
/// <param name="index">The particle's slot, carried into the result.</param>
/// <param name="parameters">Parameter values, in prior order.</param>
/// <param name="replicationSeed">Seed of the replications that make the estimate: a fresh one per proposal.</param>
/// <param name="cancellationToken">Stops the estimate.</param>
public delegate Particle ParticleLikelihood(int index, double[] parameters, ulong replicationSeed, CancellationToken cancellationToken);
