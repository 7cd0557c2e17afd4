namespace Simulation.Experiments.Scenarios;

/// <summary>Where an entry of the record or its patterns was declared in sample for the parameters it names: the entry stays
/// in sample only while each of them holds the value it had there, so a what-if that changes one judges the entry as
/// validation again.</summary>
/// <param name="File">The file whose <c>inSample</c> it is, as the loader names it.</param>
/// <param name="Parameters">The parameters the declaration names, each with its value in that file.</param>
public sealed record InSampleDeclaration(string File, IReadOnlyList<SizedParameter> Parameters);
