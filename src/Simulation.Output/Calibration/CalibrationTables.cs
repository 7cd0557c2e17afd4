using Simulation.Experiments.Calibration;
using Simulation.Output.Tables;

namespace Simulation.Output.Calibration;

/// <summary>The columns of a calibration's result tables, each written as CSV, Parquet or both by a <see cref="TableWriter"/>;
/// the particle tables' columns are <see cref="ParticleTable.Schema"/>, the stages' <see cref="TemperingCheckpoint.Stages"/>.</summary>
public static class CalibrationTables
{
    /// <summary><c>summary.csv</c>: prior and posterior of each parameter, how much the record narrows it, and whether the model
    /// reads it (a parameter it never reads is a placebo, with the reason) and whether the record's likelihood moves with it (one
    /// that does not is a placebo too, <see cref="RecordReach"/>).</summary>
    public static TableSchema<PosteriorParameter> Summary { get; } = new TableSchema<PosteriorParameter>()
        .String("parameter", p => p.Prior.Name)
        .String("path", p => p.Prior.Path.Text)
        .Boolean("read", p => p.IsRead)
        .String("not_read_because", p => p.Unread ?? string.Empty)
        .Boolean("moves_record", p => p.MovesRecord)
        .String("prior", p => p.Prior.Describe())
        .Double("prior_min", p => p.Prior.Min)
        .Double("prior_max", p => p.Prior.Max)
        .Double("prior_mean", p => p.Prior.PriorMean)
        .Double("prior_sd", p => p.Prior.StandardDeviation)
        .Double("scenario_value", p => p.Prior.ScenarioValue)
        .Double("posterior_mean", p => p.Mean)
        .Double("posterior_sd", p => p.Sd)
        .Double("p025", p => p.P025)
        .Double("p50", p => p.P50)
        .Double("p975", p => p.P975)
        .Double("shrinkage", p => p.Shrinkage);

    /// <summary><c>predictive_check.csv</c>: each target by chance, under the original and under the calibrated scenario.</summary>
    public static TableSchema<PredictiveCheckRow> PredictiveCheck { get; } = new TableSchema<PredictiveCheckRow>()
        .String("target", r => r.Target)
        .Double("chance", r => r.Observed)
        .Double("original", r => r.Original)
        .Double("original_ci_low", r => r.OriginalLow)
        .Double("original_ci_high", r => r.OriginalHigh)
        .Double("calibrated", r => r.Calibrated)
        .Double("calibrated_ci_low", r => r.CalibratedLow)
        .Double("calibrated_ci_high", r => r.CalibratedHigh)
        .Double("posterior_particles_mean", r => r.AcceptedMean)
        .String("description", r => r.Description);

    /// <summary><c>leave_one_out.csv</c>: each competition predicted by the posterior fitted without it.</summary>
    public static TableSchema<LeaveOneOutRow> LeaveOneOut { get; } = new TableSchema<LeaveOneOutRow>()
        .String("competition", r => r.Competition)
        .Double("held_out_log_score", r => r.HeldOut)
        .Double("prior_log_score", r => r.Prior)
        .Double("chance_log_score", r => r.Chance)
        .Double("effective_sample_size", r => r.EffectiveSampleSize);

    /// <summary><c>sbc.csv</c>: one probability integral transform per synthetic record and parameter, records outer.</summary>
    public static TableSchema<SbcPit> SbcPits { get; } = new TableSchema<SbcPit>()
        .Int64("record", r => r.Record)
        .String("parameter", r => r.Parameter.Prior.Name)
        .Double("pit", r => r.Parameter.Pits[r.Record]);

    /// <summary><c>sbc_summary.csv</c>: each parameter's χ² of uniformity of its PITs and its p-value.</summary>
    public static TableSchema<SbcParameter> SbcSummary { get; } = new TableSchema<SbcParameter>()
        .String("parameter", p => p.Prior.Name)
        .String("path", p => p.Prior.Path.Text)
        .Double("chi_square", p => p.ChiSquare)
        .Double("p_value", p => p.PValue);
}
