namespace Simulation.Application.Bench;

/// <summary>A child run that measures memory failed or left no manifest; the benchmark reports it rather than a wrong figure.</summary>
/// <param name="message">What failed.</param>
public sealed class ProbeFailedException(string message) : Exception(message);
