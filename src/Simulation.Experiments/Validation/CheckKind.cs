namespace Simulation.Experiments.Validation;

/// <summary>What a check tests, so that a report counts as validation only what could show the model wrong about the
/// world: checks of the code, and checks that an input is carried through, are reported apart.</summary>
public enum CheckKind
{
    /// <summary>The model against the historical record or a stylised fact it was not given.</summary>
    Validation,

    /// <summary>The code against a closed form of theory (contest equilibria) or a mechanism against its own direction (a
    /// tilt towards need helps the neediest): tests the implementation, not the model.</summary>
    Verification,

    /// <summary>Restates an input (the fund's path), or follows mostly from one (the Capital Region's share from the funds'
    /// eligibility and zone shares, the special districts' realisation from the assumed odds of a stall): not counted as
    /// validation.</summary>
    Input,

    /// <summary>A pattern or competition of the record that an input was read from (a weight sourced from the same table, or
    /// sized from an account that includes the outcome), or that restates data another check scores (a competition's grades
    /// beside its winners): judged, but it cannot show the model right about what it was not given, so it is not counted as
    /// validation.</summary>
    InSample,
}
