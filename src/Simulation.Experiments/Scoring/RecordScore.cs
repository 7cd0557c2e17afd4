namespace Simulation.Experiments.Scoring;

/// <summary>How well one model foresaw the whole historical record: the competitions' scores, which add up to the log
/// probability of the record (the log likelihood), and how much the estimate can be trusted.</summary>
/// <param name="Key">Stable identifier of the model scored: <c>model</c>, <c>chance</c>, <c>agentsOff</c>, <c>tiltsOff</c>, or a regime id
/// (that regime throughout).</param>
/// <param name="Model">The model scored, as the report names it.</param>
/// <param name="Competitions">Each competition's score given the ones before it, in the order they were held.</param>
/// <param name="LogScore">ln P(record): the sum of the competitions' log scores.</param>
/// <param name="LogLow">Lower end of its 95 % interval.</param>
/// <param name="LogHigh">Upper end of its 95 % interval.</param>
/// <param name="EffectiveReplications">Kish's effective sample size of the replications' weights (NaN for the chance
/// model, which is exact).</param>
/// <param name="Exact">False when a selection rule is only approximated by draws in proportion to weight (normal noise).</param>
/// <param name="OutOfSample">The score of the competitions no parameter was sized from, when the record declares others in sample
/// (<see cref="Validation.HistoricalCompetition.InSample"/>); null when none is.</param>
public sealed record RecordScore(string Key, string Model, IReadOnlyList<CompetitionScore> Competitions, double LogScore, double LogLow, double LogHigh,
    double EffectiveReplications, bool Exact, OutOfSampleScore? OutOfSample = null);
