using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Tests.Scenarios;

/// <summary>A value outside its prior's range is told how to mend it (docs/scenario-format.md, "Priors"): a what-if that moves
/// a value whose prior comes from the file it extends keeps that prior, and may give the value a prior of its own or widen it.</summary>
public sealed class PriorAdviceTests : IDisposable
{
    private readonly ScenarioFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AWhatIfMovingAValueOutsideThePriorItKeeps_IsToldToGiveItAPriorOfItsOwnOrWidenThatOne()
    {
        var path = _folder.Write("won.json", """
            { "extends": "baseline.json", "name": "won", "money": { "wonPerUsd": { "value": 1300, "source": "x" } } }
            """);

        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path)).Problems);

        Assert.Equal("$.money.wonPerUsd.value", problem.JsonPath);
        Assert.StartsWith("1300 lies outside the range 950–1145 of the prior it keeps from the file it extends", problem.Message, StringComparison.Ordinal);
        Assert.Contains("give the value a prior of its own beside it", problem.Message, StringComparison.Ordinal);
        Assert.Contains("or widen that prior's min and max", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FollowingTheAdvice_AValueWithAPriorOfItsOwnThatHoldsIt_Loads()
    {
        var path = _folder.Write("won.json", """
            { "extends": "baseline.json", "name": "won",
              "money": { "wonPerUsd": { "value": 1300, "source": "x", "prior": { "distribution": "uniform", "min": 1100, "max": 1400 } } } }
            """);

        Assert.Equal(1300, ScenarioLoader.Load(path).Document["money"]!["wonPerUsd"]!["value"]!.GetValue<double>());
    }

    [Fact]
    public void AValueInAKeyedListOutsideThePriorItKeeps_IsFoundByItsKey_AndGivenTheSameAdvice()
    {
        var path = _folder.Write("tilt.json", """
            { "extends": "baseline.json", "name": "tilt",
              "regimes": [ { "id": "lee", "tilt": [ { "signal": "equity", "weight": { "value": 9, "source": "x" } } ] } ] }
            """);
        var priors = _folder.Write("priors.json", """
            { "extends": "baseline.json", "name": "priors",
              "regimes": [ { "id": "lee", "tilt": [ { "signal": "equity", "weight": { "value": 0.2, "source": "x", "prior": { "distribution": "uniform", "min": 0, "max": 1 } } } ] } ] }
            """);
        File.WriteAllText(path, File.ReadAllText(path).Replace("baseline.json", "priors.json", StringComparison.Ordinal));

        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path)).Problems);

        Assert.Equal("$.regimes[lee].tilt[equity].weight.value", problem.JsonPath);
        Assert.Contains("of the prior it keeps from the file it extends", problem.Message, StringComparison.Ordinal);
        Assert.NotNull(ScenarioLoader.Load(priors));
    }

    [Fact]
    public void AValueOutsideAPriorGivenBesideIt_IsToldToCorrectTheValueOrWidenThePrior()
    {
        var path = _folder.Write("own.json", """
            { "extends": "baseline.json", "name": "own",
              "behaviour": { "damping": { "value": 0.9, "source": "assumption", "prior": { "distribution": "uniform", "min": 0.2, "max": 0.8 } } } }
            """);

        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path)).Problems);

        Assert.Equal("0.9 lies outside its prior's range 0.2–0.8, which calibration and sensitivity draw from: correct the value, or widen the prior "
            + "(its min and max) to hold 0.9", problem.Message);
    }
}
