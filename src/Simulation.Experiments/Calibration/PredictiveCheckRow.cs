namespace Simulation.Experiments.Calibration;

/// <summary>One target of the posterior predictive check: the record, the original scenario and the calibrated one (a row
/// of <c>predictive_check.csv</c>). Both scenarios run on the same replication streams.</summary>
/// <param name="Target">Target name (<c>p_maglev</c>, ..., <c>p_full_outcome</c>).</param>
/// <param name="Description">What it measures.</param>
/// <param name="Observed">The value in the record.</param>
/// <param name="Original">Simulated under the original scenario.</param>
/// <param name="OriginalLow">Lower end of its 95 % Clopper-Pearson interval.</param>
/// <param name="OriginalHigh">Upper end.</param>
/// <param name="Calibrated">Simulated under the calibrated scenario (posterior means).</param>
/// <param name="CalibratedLow">Lower end of its 95 % Clopper-Pearson interval.</param>
/// <param name="CalibratedHigh">Upper end.</param>
/// <param name="AcceptedMean">Mean over the accepted particles' own simulations (NaN for the full outcome, which particles do not record).</param>
public sealed record PredictiveCheckRow(string Target, string Description, double Observed, double Original, double OriginalLow, double OriginalHigh,
    double Calibrated, double CalibratedLow, double CalibratedHigh, double AcceptedMean);
