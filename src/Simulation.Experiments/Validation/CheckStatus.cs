namespace Simulation.Experiments.Validation;

/// <summary>The verdict on one validation check. Only <see cref="Fail"/> makes a validation run fail; <see cref="Info"/>
/// rows carry numbers the report shows for context (the rank of a second historical winner, a probability against
/// chance) without judging them, so that what counts as passing is stated once, in the check that judges it.</summary>
public enum CheckStatus
{
    /// <summary>The simulated value meets the check's criterion.</summary>
    Pass,

    /// <summary>The simulated value misses the check's criterion.</summary>
    Fail,

    /// <summary>Reported for context, not judged.</summary>
    Info,

    /// <summary>What the check tests never happens in this scenario (a programme that designates none of the regions it is
    /// about, no counterfactual regime to compare), so it can neither pass nor fail, and is not counted.</summary>
    NotApplicable,
}
