namespace Simulation.Experiments.Scenarios;

/// <summary>What kind of problem a <see cref="ScenarioProblem"/> is, where code acts on the kind (a hint added, findings
/// joined), so that it never reads the kind back out of the message's words.</summary>
public enum ScenarioProblemKind
{
    /// <summary>Any problem the message alone describes.</summary>
    Stated,

    /// <summary>An object lacks fields the schema requires.</summary>
    MissingFields,

    /// <summary>A value of one JSON type where another is expected.</summary>
    TypeMismatch,
}
