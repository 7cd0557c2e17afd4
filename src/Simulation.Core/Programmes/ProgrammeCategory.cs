namespace Simulation.Core.Programmes;

/// <summary>A category of designation with its realised-versus-planned investment rate (paper Table 3).</summary>
/// <param name="Id">Identifier, for example <c>medicalHealth</c>.</param>
/// <param name="Share">Probability that a designation falls in this category.</param>
/// <param name="RealisationRate">Mean realised ÷ planned investment.</param>
public sealed record ProgrammeCategory(string Id, double Share, double RealisationRate);
