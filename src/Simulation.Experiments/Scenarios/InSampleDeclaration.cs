namespace Simulation.Experiments.Scenarios;

/// <summary>Where an entry of the record or its patterns was declared in sample for the parameters it names: the entry stays
/// in sample until every one of them is 0 (switched off) or gone (<see cref="Validation.InSampleStatus"/>), so a what-if that
/// switches them all off judges the entry as validation again.</summary>
/// <param name="File">The file whose <c>inSample</c> it is, as the loader names it.</param>
/// <param name="Parameters">The parameters the declaration names, each with its value in that file.</param>
public sealed record InSampleDeclaration(string File, IReadOnlyList<SizedParameter> Parameters);
