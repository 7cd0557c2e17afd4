namespace Simulation.Experiments.Comparison;

/// <summary>Ids of one part that only one of the two scenarios has, so no difference is given for them: said aloud, because
/// a project or regime added in B would otherwise just be missing from the comparison.</summary>
/// <param name="Part">Which part of the scenarios.</param>
/// <param name="OnlyInA">Ids only scenario A has.</param>
/// <param name="OnlyInB">Ids only scenario B has.</param>
public sealed record NotCompared(ComparedPart Part, IReadOnlyList<string> OnlyInA, IReadOnlyList<string> OnlyInB)
{
    /// <summary>Returns what of <paramref name="part"/> only one side has, or null when both have the same ids.</summary>
    public static NotCompared? Between(ComparedPart part, IEnumerable<string> a, IEnumerable<string> b)
    {
        var (idsA, idsB) = (a.ToList(), b.ToList());
        var onlyA = idsA.Except(idsB, StringComparer.Ordinal).ToList();
        var onlyB = idsB.Except(idsA, StringComparer.Ordinal).ToList();
        return onlyA.Count == 0 && onlyB.Count == 0 ? null : new NotCompared(part, onlyA, onlyB);
    }
}
