namespace Simulation.Core.Programmes;

/// <summary>A category of designation and its share of the plans (paper Table 3, planned column). How much of a plan is
/// realised is not an input: it follows from the delivery of each designation (<see cref="Delivery"/>).</summary>
/// <param name="Id">Identifier, for example <c>medicalHealth</c>.</param>
/// <param name="Share">Probability that a designation falls in this category.</param>
public sealed record ProgrammeCategory(string Id, double Share);
