using Simulation.Core.Bidding;

namespace Simulation.Core.Tests.Bidding;

public class OddsTableTests
{
    [Theory]
    [InlineData(0.02)]
    [InlineData(0.3)]
    [InlineData(0.55)]
    [InlineData(OddsTable.MaxExponent)]
    public void TheTabledLogOdds_SolveTheFirstOrderCondition(double exponent)
    {
        // φ(x) = 2·ln(1 + eˣ) + x·(1/R − 1) = K, solved by bisection to the last bit for comparison, at every entry, halfway
        // between entries and at points in between.
        var table = new OddsTable(exponent);
        var tilt = (1.0 / exponent) - 1.0;
        double Phi(double x) => (2.0 * (Math.Max(x, 0.0) + Math.Log(1.0 + Math.Exp(-Math.Abs(x))))) + (tilt * x);
        var worst = 0.0;
        for (var x = -19.9; x < 19.9; x += 0.0137)
        {
            var k = Phi(x);
            worst = Math.Max(worst, Math.Abs(table.LogOdds(k) - Bisect(Phi, k)));
        }

        Assert.True(worst < 2e-7, $"largest error {worst:E2}");
    }

    [Fact]
    public void OutsideTheTable_ThereIsNoRoot()
    {
        var table = new OddsTable(0.3);

        Assert.True(double.IsNaN(table.LogOdds(-1e3)));
        Assert.True(double.IsNaN(table.LogOdds(1e3)));
        Assert.True(double.IsNaN(table.LogOdds(double.NaN)));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.81)]
    [InlineData(1.0)]
    public void ExponentsOutsideTheRange_AreRefused(double exponent) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new OddsTable(exponent));

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.7)]
    public void StartingFromTheTable_GivesTheSameBestResponse(double exponent)
    {
        // A competition's solves start from the table: the efforts and gains must be those of the iteration from the upper
        // bound to about 10⁻¹⁰, whichever constraint binds (interior, cap, floor), and the table must be used.
        var table = new OddsTable(exponent);
        var random = new Random(11);
        var interior = 0;
        for (var trial = 0; trial < 2000; trial++)
        {
            var valuation = 10 + (random.NextDouble() * 3000);
            var logScale = -3 + (6 * random.NextDouble());
            var logRivals = -2 + (8 * random.NextDouble());
            var floor = 0.1 + (20 * random.NextDouble());
            var cap = random.NextDouble() < 0.2 ? floor + (50 * random.NextDouble()) : 1e9;

            var cold = BestResponse.Solve(valuation, exponent, logScale, logRivals, floor, cap, out var coldPayoff);
            var tabled = BestResponse.Solve(valuation, exponent, logScale, logRivals, floor, cap, table, out var tabledPayoff);

            Assert.Equal(cold, tabled, 1e-9 * cold);
            Assert.Equal(coldPayoff, tabledPayoff, 1e-9 * valuation);
            interior += cold > floor && cold < cap ? 1 : 0;
        }
        Assert.True(interior > 500, $"{interior} interior optima");
    }

    [Fact]
    public void ATableForAnotherExponent_IsNotUsed()
    {
        // The start it would give is off the root; the iteration must start from the upper bound as without a table, and end on
        // the same bits, for every problem of a spread.
        var other = new OddsTable(0.05);
        var random = new Random(4);
        for (var trial = 0; trial < 200; trial++)
        {
            var (valuation, logScale, logRivals) = (50 + (2000 * random.NextDouble()), -2 + (4 * random.NextDouble()), 3 * random.NextDouble());
            var cold = BestResponse.Solve(valuation, 0.7, logScale, logRivals, 1.0, 1e9, out var coldPayoff);
            var given = BestResponse.Solve(valuation, 0.7, logScale, logRivals, 1.0, 1e9, other, out var givenPayoff);

            Assert.Equal(cold, given);
            Assert.Equal(coldPayoff, givenPayoff);
        }
    }

    private static double Bisect(Func<double, double> phi, double k)
    {
        double low = -60, high = 60;
        for (var i = 0; i < 200; i++)
        {
            var middle = (low + high) / 2;
            if (phi(middle) < k)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }
        return (low + high) / 2;
    }
}
