namespace Simulation.Experiments.Calibration;

/// <summary>
/// Out-of-sample check of one competition: the calibration refitted to the other competitions (the particles reweighed by
/// their likelihood without this one), then asked for this one. Approximate in one respect: a competition's factor is its
/// probability given the whole record before it, as estimated in the calibration's own runs.
/// </summary>
/// <param name="Competition">Project id of the competition held out.</param>
/// <param name="HeldOut">ln P(its historical winners) under the posterior fitted without it.</param>
/// <param name="Prior">The same under the priors alone (every particle weighed alike).</param>
/// <param name="Chance">The same under chance among the real bids.</param>
/// <param name="EffectiveSampleSize">Effective sample size of the weights fitted without it.</param>
public sealed record LeaveOneOutRow(string Competition, double HeldOut, double Prior, double Chance, double EffectiveSampleSize);
