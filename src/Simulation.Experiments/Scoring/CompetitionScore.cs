namespace Simulation.Experiments.Scoring;

/// <summary>How well one model foresaw one competition of the record, given the competitions before it went as they did.</summary>
/// <param name="Project">Project id.</param>
/// <param name="Probability">P(the historical winners win | the record so far).</param>
/// <param name="LogScore">ln of <paramref name="Probability"/>: the log score (higher is better; −∞ when the model rules the record out).</param>
/// <param name="LogLow">Lower end of the log score's 95 % interval (delta method on the Monte Carlo mean).</param>
/// <param name="LogHigh">Upper end of the interval.</param>
/// <param name="Brier">Brier score of the distribution over sets of winners, the record's sets counted as one outcome (0 is
/// perfect; NaN when there were too many sets to list).</param>
public sealed record CompetitionScore(string Project, double Probability, double LogScore, double LogLow, double LogHigh, double Brier);
