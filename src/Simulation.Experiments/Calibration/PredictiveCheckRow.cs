namespace Simulation.Experiments.Calibration;

/// <summary>One target of the posterior predictive check: the record, the original scenario and the calibrated one (a row
/// of <c>predictive_check.csv</c>). Both scenarios run on the same replication streams.</summary>
/// <param name="Target">Target name: a competition's log score (<c>ln_p_maglev</c>, ..., <c>ln_p_record</c>) or a pattern
/// (<c>pattern.&lt;id&gt;</c>).</param>
/// <param name="Description">What it measures.</param>
/// <param name="Observed">The same measure by chance (among the real bids; for a pattern, every selection by lot).</param>
/// <param name="Original">Simulated under the original scenario.</param>
/// <param name="OriginalLow">Lower end of its 95 % interval.</param>
/// <param name="OriginalHigh">Upper end.</param>
/// <param name="Calibrated">Simulated under the calibrated scenario (`calibrated.json`: the posterior means of the parameters the record can inform, the placebos at their values).</param>
/// <param name="CalibratedLow">Lower end of its 95 % interval.</param>
/// <param name="CalibratedHigh">Upper end.</param>
/// <param name="AcceptedMean">Mean over the posterior particles' own estimates (NaN for the patterns, which particles do not record).</param>
public sealed record PredictiveCheckRow(string Target, string Description, double Observed, double Original, double OriginalLow, double OriginalHigh,
    double Calibrated, double CalibratedLow, double CalibratedHigh, double AcceptedMean);
