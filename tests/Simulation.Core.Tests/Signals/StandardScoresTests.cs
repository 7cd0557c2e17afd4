using Simulation.Core.Regions;
using Simulation.Core.Signals;

namespace Simulation.Core.Tests.Signals;

/// <summary>Standardised attributes and composite indices, and the transforms and signals they are built from.</summary>
public class StandardScoresTests
{
    [Fact]
    public void ZScores_UseThePopulationStandardDeviation()
    {
        // Mean 5, population s.d. 2.
        Frequencies.AssertNear([-1.5, -0.5, -0.5, -0.5, 0, 0, 1, 2], StandardScores.ZScores([2, 4, 4, 4, 5, 5, 7, 9]), 1e-12);
    }

    [Fact]
    public void ZScores_OfAConstant_AreZero() => Assert.Equal([0.0, 0.0, 0.0], StandardScores.ZScores([5, 5, 5]));

    [Fact]
    public void AnIndex_IsTheStandardisedWeightedSumOfItsComponents_LowerIsBetterCountingAgainst()
    {
        // A = 1, 2, 3: z = −a, 0, a with a = √1.5. B = 3, 3, 0: z = 1/√2, 1/√2, −√2. Index = Z(2·zA − zB).
        var regions = new[] { 1.0, 2.0, 3.0 }.Zip([3.0, 3.0, 0.0], (a, b) => new Region("r", "R", false, [], [a, b])).ToList();
        var index = new CompositeIndex("mix", [new IndexComponent(0, 2.0, false, IndexTransform.None), new IndexComponent(1, 1.0, true, IndexTransform.None)]);

        var scores = new StandardScores(regions, 2, [index]);

        var a = Math.Sqrt(1.5);
        double[] raw = [(-2 * a) - (1 / Math.Sqrt(2)), -1 / Math.Sqrt(2), (2 * a) + Math.Sqrt(2)]; // mean 0
        var sd = Math.Sqrt(raw.Select(x => x * x).Average());
        Frequencies.AssertNear(raw.Select(x => x / sd).ToArray(), scores.Index(0).ToArray(), 1e-12);
        Assert.Equal(scores.Index(0)[2], scores.Of(new Signal(SignalKind.Index, 0), 2));
        Assert.Equal(a, scores.Of(new Signal(SignalKind.Attribute, 0), 2), 12);
        Assert.Equal(-Math.Sqrt(2), scores.Attribute(1)[2], 12);
    }

    [Fact]
    public void OnlyAttributesAndIndices_HaveAStaticScore()
    {
        var regions = new[] { new Region("r", "R", false, [], [1.0]), new Region("s", "S", false, [], [2.0]) };
        var scores = new StandardScores(regions, 1, []);

        var dynamic = Assert.Throws<ArgumentException>(() => scores.Of(new Signal(SignalKind.Capacity), 0));
        Assert.Contains("Capacity is not a static signal", dynamic.Message, StringComparison.Ordinal);
        Assert.True(new Signal(SignalKind.Attribute, 0).IsStatic);
        Assert.True(new Signal(SignalKind.Index, 0).IsStatic);
        Assert.All(new[] { SignalKind.Effort, SignalKind.Capacity, SignalKind.Alignment, SignalKind.CapitalRegion, SignalKind.JointBid },
            kind => Assert.False(new Signal(kind).IsStatic));
    }

    [Theory]
    [InlineData(IndexTransform.None, -3.0, -3.0)]
    [InlineData(IndexTransform.Log, Math.E, 1.0)]
    [InlineData(IndexTransform.Log1p, Math.E - 1, 1.0)]
    [InlineData(IndexTransform.Log1p, -3.0, 0.0)] // ln(1 + max(x, 0))
    public void IndexTransforms_AreAppliedBeforeStandardising(IndexTransform transform, double value, double expected) =>
        Assert.Equal(expected, new IndexComponent(0, 1, false, transform).Apply(value), 12);

    [Fact]
    public void TheLogTransform_ReadsZeroAsABillionth() =>
        Assert.Equal(Math.Log(1e-9), new IndexComponent(0, 1, false, IndexTransform.Log).Apply(0.0), 12);

    [Fact]
    public void AScorePlan_AddsCapitalRegionMembership_AndCapacityAtItsWeight()
    {
        var regions = new[] { new Region("c", "Capital", true, [], [1.0]), new Region("o", "Other", false, [], [1.0]) };
        var criteria = new[]
        {
            TestScenarios.Weight(SignalKind.CapitalRegion, 2.0), TestScenarios.Weight(SignalKind.Capacity, 0.5),
            TestScenarios.Weight(SignalKind.Effort, 0.3), TestScenarios.Weight(SignalKind.JointBid, 0.7),
        };

        var plan = new ScorePlan(criteria, regions, new StandardScores(regions, 1, []), 0);

        Assert.Equal(2.0 + 1.5, plan.Merit(0, 3.0), 12);
        Assert.Equal(1.5, plan.Merit(1, 3.0), 12);
        Assert.Equal(0.3, plan.EffortWeight);
        Assert.Equal(0.7, plan.JointBidWeight);
        Assert.Equal(0.5, plan.CapacityWeight);
    }
}
