using Simulation.Core.Selection;

namespace Simulation.Core.Tests.Selection;

public class ContestSuccessTests
{
    [Fact]
    public void Tullock_IsStrengthToThePowerROverTheSum()
    {
        var p = new double[3];
        ContestSuccess.Tullock([1.0, 2.0, 3.0], 2.0, p);

        Assert.Equal(1.0 / 14, p[0], 12);
        Assert.Equal(4.0 / 14, p[1], 12);
        Assert.Equal(9.0 / 14, p[2], 12);
    }

    [Fact]
    public void Tullock_WithNoEffortAnywhere_SplitsEqually()
    {
        var p = new double[4];
        ContestSuccess.Tullock([0.0, 0.0, 0.0, 0.0], 1.0, p);

        Assert.All(p, x => Assert.Equal(0.25, x, 12));
    }

    [Fact]
    public void Logit_IsSoftmaxOfScoresOverScale()
    {
        var p = new double[2];
        ContestSuccess.Logit([0.0, 1.0], 0.5, p);

        Assert.Equal(1.0 / (1.0 + Math.Exp(2.0)), p[0], 12);
        Assert.Equal(1.0, p[0] + p[1], 12);
    }
}
