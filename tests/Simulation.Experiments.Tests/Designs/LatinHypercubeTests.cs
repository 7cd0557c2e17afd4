using Simulation.Experiments.Designs;

namespace Simulation.Experiments.Tests.Designs;

public class LatinHypercubeTests
{
    [Theory]
    [InlineData(10, 3)]
    [InlineData(37, 5)]
    public void EachStratumOfEachFactor_IsUsedExactlyOnce(int n, int dimensions)
    {
        var points = LatinHypercube.Generate(n, dimensions, seed: 4);

        Assert.Equal(n, points.Length);
        for (var d = 0; d < dimensions; d++)
        {
            var strata = points.Select(p => (int)Math.Floor(p[d] * n)).OrderBy(s => s).ToList();
            Assert.Equal(Enumerable.Range(0, n), strata);
        }
    }

    [Fact]
    public void Design_IsDeterministicFromItsSeed()
    {
        Assert.Equal(LatinHypercube.Generate(8, 2, 1), LatinHypercube.Generate(8, 2, 1));
        Assert.NotEqual(LatinHypercube.Generate(8, 2, 1), LatinHypercube.Generate(8, 2, 2));
    }
}
