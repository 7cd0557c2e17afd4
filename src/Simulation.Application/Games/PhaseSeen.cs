using Simulation.Experiments.Games;

namespace Simulation.Application.Games;

/// <summary>The phase and round a teacher's page showed when the teacher moved the game on: the game moves only from
/// there, so a double click or a second device cannot skip a phase.</summary>
/// <param name="Phase">The phase the page showed.</param>
/// <param name="Round">The round the page showed, from 1 (0 before the first).</param>
public readonly record struct PhaseSeen(GamePhase Phase, int Round);
