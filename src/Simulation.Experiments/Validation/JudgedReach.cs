namespace Simulation.Experiments.Validation;

/// <summary>
/// Which judged validation checks of a what-if move from those of the scenario it extends, run on the same seed and
/// replications: on common random numbers a check its changes cannot reach gives the same bits, so a what-if none of whose
/// judged checks moves is one the record cannot judge (a change to an era or a competition held in sample), whatever
/// its headline of passes says.
/// </summary>
/// <param name="ParentFile">The scenario the what-if extends, as loaded.</param>
/// <param name="Judged">The what-if's judged validation checks (passed or failed).</param>
/// <param name="Moved">Those whose value or interval differs from the parent's, or that the parent does not have.</param>
public sealed record JudgedReach(string ParentFile, IReadOnlyList<string> Judged, IReadOnlyList<string> Moved)
{
    /// <summary>What the what-if changes in the criteria of the competitions it judges out of sample
    /// (<see cref="CriteriaChanges"/>): choices its judged score tests too.</summary>
    public IReadOnlyList<string> ChangedCriteria { get; init; } = [];

    /// <summary>Compares the judged checks of <paramref name="whatIf"/> with the same checks of <paramref name="parent"/>.</summary>
    public static JudgedReach Between(ValidationReport whatIf, ValidationReport parent, string parentFile)
    {
        ArgumentNullException.ThrowIfNull(whatIf);
        ArgumentNullException.ThrowIfNull(parent);
        var theirs = parent.Checks.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var judged = whatIf.Checks.Where(c => c.Kind == CheckKind.Validation && c.Status is CheckStatus.Pass or CheckStatus.Fail).ToList();
        var moved = judged.Where(c => !theirs.TryGetValue(c.Name, out var p)
            || !c.Simulated.Equals(p.Simulated) || !c.CiLow.Equals(p.CiLow) || !c.CiHigh.Equals(p.CiHigh) || c.Status != p.Status);
        return new JudgedReach(parentFile, [.. judged.Select(c => c.Name)], [.. moved.Select(c => c.Name)]);
    }
}
