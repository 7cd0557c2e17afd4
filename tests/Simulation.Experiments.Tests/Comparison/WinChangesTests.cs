using Simulation.Experiments.Comparison;

namespace Simulation.Experiments.Tests.Comparison;

public class WinChangesTests
{
    private static OutcomeDifference Win(string name, double a, double b, double low, double high) =>
        new(DifferenceKind.Win, name, "timeline", a, b, b - a, low, high, 100);

    [Fact]
    public void Largest_KeepsTheWinsThatMoved_LargestFirst_TiesByName()
    {
        var differences = new[]
        {
            Win("robotLand:gyeonggi", 0.2, 0.3, 0.05, 0.15),
            Win("maglev:incheon", 0.3, 0.1, -0.25, -0.15),
            Win("maglev:daegu", 0.2, 0.2, 0, 0),
            Win("maglev:busan", 0.4, 0.5, -0.01, 0.21),
            new OutcomeDifference(DifferenceKind.Metric, "gini_resources_per_capita", "timeline", 0.1, 0.9, 0.8, 0.7, 0.9, 100),
        };

        var largest = WinChanges.Largest(differences);

        Assert.Equal(["maglev:incheon", "maglev:busan", "robotLand:gyeonggi"], largest.Select(d => d.Name));
        Assert.Equal([true, false, true], largest.Select(WinChanges.BeyondNoise));
    }
}
