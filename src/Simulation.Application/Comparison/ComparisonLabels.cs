using Simulation.Experiments.Scenarios;

namespace Simulation.Application.Comparison;

/// <summary>What a comparison calls its two scenarios in its tables, console and default folder: their names, or, where the
/// names are the same (a what-if without a name of its own inherits its parent's), their files' names, so that the two
/// columns never carry one label.</summary>
/// <param name="A">Scenario A's label.</param>
/// <param name="B">Scenario B's label.</param>
public sealed record ComparisonLabels(string A, string B)
{
    /// <summary>Returns the labels of <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static ComparisonLabels Of(LoadedScenario a, LoadedScenario b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Model.Name != b.Model.Name)
        {
            return new ComparisonLabels(a.Model.Name, b.Model.Name);
        }
        var (fileA, fileB) = (Path.GetFileNameWithoutExtension(a.File.Path), Path.GetFileNameWithoutExtension(b.File.Path));
        return fileA != fileB && fileA.Length > 0 && fileB.Length > 0
            ? new ComparisonLabels(fileA, fileB)
            : new ComparisonLabels(a.Model.Name, b.Model.Name);
    }
}
