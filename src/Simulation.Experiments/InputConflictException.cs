namespace Simulation.Experiments;

/// <summary>
/// Thrown when inputs that are each valid cannot be used together, or give the analysis nothing to work on: two scenarios
/// with no regime mode in common, an output or regime mode a scenario does not have, model outputs that are not finite or do
/// not vary. The message says what and why, for the user; hosts answer it as a refused request, not a crash.
/// </summary>
public sealed class InputConflictException(string message) : Exception(message);
