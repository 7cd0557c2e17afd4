namespace Simulation.Web;

/// <summary>Why a request was refused, naming the field so a student (or a test) can see what to fix.</summary>
/// <param name="Field">The JSON field at fault, for example <c>parameters.regimes[lee].tilt[equity].weight</c>.</param>
/// <param name="Message">What is wrong, in plain words.</param>
public sealed record RequestProblem(string Field, string Message)
{
    /// <summary>The text shown on the page: field and message together.</summary>
    public string Error => $"{Field}: {Message}";
}
