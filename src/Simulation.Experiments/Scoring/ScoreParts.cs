namespace Simulation.Experiments.Scoring;

/// <summary>What a record estimate computes: a calibration weighs particles by the likelihood alone, and listing every set of
/// winners each replication could have had, for the Brier score, would cost it about a seventh of its time for nothing.</summary>
public enum ScoreParts
{
    /// <summary>Log scores, their intervals and the Brier score of every competition (validation and reports).</summary>
    LikelihoodAndBrier,

    /// <summary>Log scores and their intervals; Brier scores are NaN.</summary>
    LikelihoodOnly,
}
