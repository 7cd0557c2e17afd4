using Simulation.Experiments.Scoring;

namespace Simulation.Experiments.Validation;

/// <summary>The result of a validation run: every check in a fixed order, and how it was run.</summary>
/// <param name="ScenarioName">Name of the scenario the historical checks ran on.</param>
/// <param name="Options">Replications, seed and threads.</param>
/// <param name="Checks">The checks, grouped and in a fixed order.</param>
/// <param name="Scores">The record's scores under the model and the null models (empty when the scenario has no record).</param>
/// <param name="Unscored">Why the record or its patterns could not score the scenario (none, or a what-if they no longer
/// fit), in words: their checks are not applicable, and a host says why where it shows the verdict.</param>
/// <param name="CountedAsValidation">The entries of the record and its patterns declared in sample that count as validation
/// in this scenario, each as its name and why (a parameter sized from it has changed): their checks' rules say so, and a host
/// says so where it shows the verdict.</param>
/// <param name="Warnings">What makes some rows less than they seem (a held-out fit on few effective draws), each a whole
/// sentence, for a host to show as it is beside the verdict.</param>
public sealed record ValidationReport(string ScenarioName, ValidationOptions Options, IReadOnlyList<ValidationCheck> Checks, IReadOnlyList<RecordScore> Scores,
    IReadOnlyList<string>? Unscored = null, IReadOnlyList<string>? CountedAsValidation = null, IReadOnlyList<string>? Warnings = null)
{
    /// <summary>The checks that failed.</summary>
    public IReadOnlyList<ValidationCheck> Failed => Checks.Where(c => c.Status == CheckStatus.Fail).ToList();

    /// <summary>True when no judged check failed.</summary>
    public bool Passed => Failed.Count == 0;

    /// <summary>How many judged checks (passed or failed, not <see cref="CheckStatus.Info"/> nor
    /// <see cref="CheckStatus.NotApplicable"/>) of the given kinds pass, of how many: the one count
    /// every report of a validation quotes, so the console and docs/VALIDATION.md cannot disagree.</summary>
    public (int Passed, int Judged) Tally(params CheckKind[] kinds)
    {
        var judged = Checks.Where(c => c.Status is CheckStatus.Pass or CheckStatus.Fail && kinds.Contains(c.Kind)).ToList();
        return (judged.Count(c => c.Status == CheckStatus.Pass), judged.Count);
    }
}
