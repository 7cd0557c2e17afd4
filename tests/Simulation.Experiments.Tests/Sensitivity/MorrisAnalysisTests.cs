using Simulation.Experiments.Sensitivity;

namespace Simulation.Experiments.Tests.Sensitivity;

public class MorrisAnalysisTests
{
    private static IReadOnlyList<MorrisIndex> Analyse(MorrisDesign design, Func<IReadOnlyList<double>, double> model, ulong seed = 9) =>
        MorrisAnalysis.Analyse(design, design.Points.Select(model).ToList(), bootstrapResamples: 500, seed);

    [Fact]
    public void LinearFunction_HasElementaryEffectsEqualToItsCoefficients()
    {
        double[] b = [2.0, -3.0, 0.5, 1.25];
        var design = MorrisDesign.Create(b.Length, 20, 4, seed: 1);
        var indices = Analyse(design, x => TestFunctions.Linear(x, b));
        for (var i = 0; i < b.Length; i++)
        {
            Assert.Equal(i, indices[i].Factor);
            Assert.Equal(b[i], indices[i].Mu, 12);
            Assert.Equal(Math.Abs(b[i]), indices[i].MuStar, 12);
            Assert.Equal(0.0, indices[i].Sigma, 12);
            Assert.Equal(Math.Abs(b[i]), indices[i].MuStarCiLow, 12);
            Assert.Equal(Math.Abs(b[i]), indices[i].MuStarCiHigh, 12);
        }
    }

    [Fact]
    public void FactorTheModelIgnores_HasZeroMuStar()
    {
        var design = MorrisDesign.Create(3, 20, 4, seed: 2);
        var indices = Analyse(design, x => Math.Exp(x[0]) + (x[2] * x[2]));
        Assert.Equal(0.0, indices[1].MuStar);
        Assert.Equal(0.0, indices[1].Sigma);
        Assert.True(indices[0].MuStar > 0.5 && indices[2].MuStar > 0.5);
    }

    [Fact]
    public void Interaction_GivesPositiveSigmaToTheInteractingFactorsOnly()
    {
        // y = x0 + x1 + 4 x0 x2: the effect of x0 depends on x2 and vice versa; x1 acts alone and linearly.
        var design = MorrisDesign.Create(3, 30, 4, seed: 3);
        var indices = Analyse(design, x => x[0] + x[1] + (4 * x[0] * x[2]));
        Assert.True(indices[0].Sigma > 0.5, $"σ0 = {indices[0].Sigma}");
        Assert.True(indices[2].Sigma > 0.5, $"σ2 = {indices[2].Sigma}");
        Assert.Equal(0.0, indices[1].Sigma, 12);
        Assert.Equal(1.0, indices[1].MuStar, 12);
    }

    [Fact]
    public void MuStar_IsTheMeanAbsoluteEffect_WhileMuLetsSignsCancel()
    {
        // y = (x − 0.5)²: with 4 levels a step goes from 0 to 2/3 or from 1/3 to 1, with effects −1/3 and +1/3.
        var design = MorrisDesign.Create(1, 200, 4, seed: 4);
        var index = Analyse(design, x => (x[0] - 0.5) * (x[0] - 0.5))[0];
        Assert.Equal(1.0 / 3, index.MuStar, 12);
        Assert.True(Math.Abs(index.Mu) < 0.1, $"μ = {index.Mu}");
        Assert.True(index.Sigma > 0.3, $"σ = {index.Sigma}");
    }

    [Fact]
    public void BootstrapInterval_BracketsMuStar_AndNarrowsWithMoreTrajectories()
    {
        static double Model(IReadOnlyList<double> x) => Math.Sin(6 * x[0]) + (x[1] * x[1]);
        var few = Analyse(MorrisDesign.Create(2, 10, 4, seed: 5), Model)[0];
        var many = Analyse(MorrisDesign.Create(2, 160, 4, seed: 5), Model)[0];
        Assert.InRange(few.MuStar, few.MuStarCiLow, few.MuStarCiHigh);
        Assert.InRange(many.MuStar, many.MuStarCiLow, many.MuStarCiHigh);
        Assert.True(many.MuStarCiHigh - many.MuStarCiLow < (few.MuStarCiHigh - few.MuStarCiLow) / 2);
    }

    [Fact]
    public void SameSeeds_GiveIdenticalResults()
    {
        static double Model(IReadOnlyList<double> x) => x[0] * x[1] + Math.Cos(3 * x[2]);
        var first = Analyse(MorrisDesign.Create(3, 15, 4, seed: 6), Model, seed: 8);
        var again = Analyse(MorrisDesign.Create(3, 15, 4, seed: 6), Model, seed: 8);
        var otherBootstrap = Analyse(MorrisDesign.Create(3, 15, 4, seed: 6), Model, seed: 99);
        Assert.Equal(first, again);
        Assert.NotEqual(first, otherBootstrap);
    }

    [Fact]
    public void WithoutResamples_TheIntervalIsNaN()
    {
        var design = MorrisDesign.Create(2, 5, 4, seed: 7);
        var index = MorrisAnalysis.Analyse(design, design.Points.Select(x => x[0]).ToList(), 0, seed: 1)[0];
        Assert.Equal(1.0, index.MuStar, 12);
        Assert.True(double.IsNaN(index.MuStarCiLow) && double.IsNaN(index.MuStarCiHigh));
    }

    [Fact]
    public void Analyse_RejectsOutputsThatDoNotMatchTheDesign()
    {
        var design = MorrisDesign.Create(2, 5, 4, seed: 7);
        Assert.Throws<ArgumentException>(() => MorrisAnalysis.Analyse(design, new double[design.Points.Count - 1], 10, 1));
        var withNaN = design.Points.Select(_ => 1.0).ToArray();
        withNaN[4] = double.NaN;
        Assert.Throws<InputConflictException>(() => MorrisAnalysis.Analyse(design, withNaN, 10, 1));
    }
}
