namespace Simulation.Experiments.Validation;

/// <summary>What a check tests, so that a report counts as validation only what could show the model wrong about the
/// world: checks of the code against theory, and checks that an input is carried through, are reported apart.</summary>
public enum CheckKind
{
    /// <summary>The model against the historical record or a stylised fact it was not given.</summary>
    Validation,

    /// <summary>The code against a closed form of theory (contest equilibria): tests the implementation, not the model.</summary>
    Verification,

    /// <summary>Restates an input (the fund's path): it cannot fail while the input stands, so it is not counted as validation.</summary>
    Input,
}
