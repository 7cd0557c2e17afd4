using Simulation.Experiments.Designs;
using Simulation.Experiments.Sensitivity;

namespace Simulation.Experiments.Tests.Sensitivity;

public class SaltelliDesignTests
{
    [Fact]
    public void Rows_AreAAndBFromOneSobolSequence_AndABTakesOneColumnFromB()
    {
        const int k = 3;
        const int n = 64;
        var design = SaltelliDesign.Create(k, n);
        var sobol = SobolSequence.Generate(n, 2 * k);
        Assert.Equal(n * (k + 2), design.Points.Count);
        for (var j = 0; j < n; j++)
        {
            var a = design.Points[design.RowOfA(j)];
            var b = design.Points[design.RowOfB(j)];
            Assert.Equal(sobol[j][..k], a);
            Assert.Equal(sobol[j][k..], b);
            for (var i = 0; i < k; i++)
            {
                var mixed = design.Points[design.RowOfAB(i, j)];
                for (var c = 0; c < k; c++)
                {
                    Assert.Equal(c == i ? b[c] : a[c], mixed[c]);
                }
            }
        }
    }

    [Fact]
    public void Blocks_AreContiguous_InTheDocumentedOrder()
    {
        var design = SaltelliDesign.Create(4, 16);
        Assert.Equal(0, design.RowOfA(0));
        Assert.Equal(16, design.RowOfB(0));
        Assert.Equal(2 * 16, design.RowOfAB(0, 0));
        Assert.Equal((5 * 16) + 15, design.RowOfAB(3, 15));
        Assert.Throws<ArgumentOutOfRangeException>(() => design.RowOfAB(4, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => design.RowOfA(16));
    }

    [Theory]
    [InlineData(0, 16)]
    [InlineData(SaltelliDesign.MaxFactors + 1, 16)]
    [InlineData(2, 1)]
    public void Create_RejectsInvalidSizes(int factors, int baseSamples) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SaltelliDesign.Create(factors, baseSamples));
}
