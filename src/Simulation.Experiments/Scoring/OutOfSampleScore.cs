namespace Simulation.Experiments.Scoring;

/// <summary>The log probability of the competitions no input of the scenario was read from, the others held to their recorded
/// winners (forced, not conditioned on: the two are the same when the held competitions come last, as in the baseline):
/// the part of the record's score that can count as validation when the scenario declares some competitions in sample. Every
/// replication is held to the whole record, so the others' winners are set as recorded, not scored.</summary>
/// <param name="Projects">The competitions scored, in the order they were held.</param>
/// <param name="LogScore">ln P(their winners), the in-sample competitions held to their recorded winners.</param>
/// <param name="LogLow">Lower end of its 95 % interval.</param>
/// <param name="LogHigh">Upper end of its 95 % interval.</param>
public sealed record OutOfSampleScore(IReadOnlyList<string> Projects, double LogScore, double LogLow, double LogHigh);
