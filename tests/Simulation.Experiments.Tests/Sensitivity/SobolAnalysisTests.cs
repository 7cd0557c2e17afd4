using Simulation.Experiments.Sensitivity;

namespace Simulation.Experiments.Tests.Sensitivity;

public class SobolAnalysisTests
{
    private const int IshigamiSamples = 1 << 13;
    private const double Tolerance = 0.02;

    private static readonly SaltelliDesign IshigamiDesign = SaltelliDesign.Create(3, IshigamiSamples);
    private static readonly double[] IshigamiOutputs = IshigamiDesign.Points.Select(TestFunctions.Ishigami).ToArray();

    [Fact]
    public void Ishigami_IndicesMatchTheAnalyticalValues()
    {
        var (first, total) = TestFunctions.IshigamiIndices();
        var indices = SobolAnalysis.Analyse(IshigamiDesign, IshigamiOutputs, bootstrapResamples: 500, seed: 1);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(i, indices[i].Factor);
            Assert.True(Math.Abs(indices[i].First - first[i]) < Tolerance, $"S{i + 1} = {indices[i].First}, expected {first[i]}");
            Assert.True(Math.Abs(indices[i].Total - total[i]) < Tolerance, $"ST{i + 1} = {indices[i].Total}, expected {total[i]}");
        }
    }

    [Fact]
    public void Ishigami_BootstrapIntervalsContainTheAnalyticalValues()
    {
        var (first, total) = TestFunctions.IshigamiIndices();
        var indices = SobolAnalysis.Analyse(IshigamiDesign, IshigamiOutputs, bootstrapResamples: 500, seed: 2);
        for (var i = 0; i < 3; i++)
        {
            Assert.InRange(first[i], indices[i].FirstCiLow, indices[i].FirstCiHigh);
            Assert.InRange(total[i], indices[i].TotalCiLow, indices[i].TotalCiHigh);
            Assert.True(indices[i].FirstCiHigh - indices[i].FirstCiLow < 0.15, $"S{i + 1} interval too wide");
            Assert.True(indices[i].TotalCiHigh - indices[i].TotalCiLow < 0.15, $"ST{i + 1} interval too wide");
        }
    }

    [Fact]
    public void EstimatorWithASignError_IsClearlyWrong()
    {
        // A local copy of the first-order estimator with A and B swapped, f(A)(f(A_B^i) − f(B)), estimates 1 − S_Ti
        // instead of S_i; the tolerance used above must reject it, or those tests could not fail.
        var (first, _) = TestFunctions.IshigamiIndices();
        var y = IshigamiOutputs;
        var n = IshigamiDesign.BaseSamples;
        var a = Enumerable.Range(0, n).Select(j => y[IshigamiDesign.RowOfA(j)]).ToArray();
        var b = Enumerable.Range(0, n).Select(j => y[IshigamiDesign.RowOfB(j)]).ToArray();
        var variance = MathNet.Numerics.Statistics.Statistics.PopulationVariance(a.Concat(b));
        var worstError = 0.0;
        for (var i = 0; i < 3; i++)
        {
            var ab = Enumerable.Range(0, n).Select(j => y[IshigamiDesign.RowOfAB(i, j)]).ToArray();
            var swapped = Enumerable.Range(0, n).Sum(j => a[j] * (ab[j] - b[j])) / n / variance;
            var correct = Enumerable.Range(0, n).Sum(j => b[j] * (ab[j] - a[j])) / n / variance;
            Assert.True(Math.Abs(correct - first[i]) < Tolerance);
            worstError = Math.Max(worstError, Math.Abs(swapped - first[i]));
        }
        Assert.True(worstError > 5 * Tolerance, $"swapped estimator is off by only {worstError}");
    }

    [Fact]
    public void LinearAdditiveModel_HasFirstEqualToTotalEqualToShareOfVariance()
    {
        // y = Σ b_i x_i with x_i uniform on [0, 1]: every Var(b_i x_i) = b_i²/12, so S_i = S_Ti = b_i² / Σ b².
        double[] b = [1.0, 2.0, 3.0, 0.0];
        var design = SaltelliDesign.Create(b.Length, 1 << 12);
        var outputs = design.Points.Select(x => TestFunctions.Linear(x, b)).ToArray();
        var indices = SobolAnalysis.Analyse(design, outputs, bootstrapResamples: 200, seed: 3);
        var sumOfSquares = b.Sum(c => c * c);
        for (var i = 0; i < b.Length; i++)
        {
            var share = b[i] * b[i] / sumOfSquares;
            Assert.Equal(share, indices[i].First, 0.005);
            Assert.Equal(share, indices[i].Total, 0.005);
        }
        Assert.Equal(0.0, indices[3].First);
        Assert.Equal(0.0, indices[3].Total);
    }

    [Fact]
    public void AnOutputFarFromZero_GivesTheSameFirstOrderIndicesAsOneNearIt()
    {
        // An outcome such as a Gini of 0.17 ± 0.003 has a mean far above its spread; the indices of y + c are those of y.
        // Uncentred, the first-order estimator's error grows with c: here it would be off by hundreds.
        double[] b = [1.0, 2.0, 3.0];
        var design = SaltelliDesign.Create(b.Length, 1 << 11);
        var near = design.Points.Select(x => TestFunctions.Linear(x, b)).ToArray();
        var far = near.Select(y => y + 1e4).ToArray();
        var atZero = SobolAnalysis.Analyse(design, near, bootstrapResamples: 100, seed: 6);
        var offset = SobolAnalysis.Analyse(design, far, bootstrapResamples: 100, seed: 6);
        for (var i = 0; i < b.Length; i++)
        {
            Assert.Equal(b[i] * b[i] / 14.0, offset[i].First, 0.03);
            Assert.Equal(atZero[i].First, offset[i].First, 1e-6);
            Assert.True(offset[i].FirstCiHigh - offset[i].FirstCiLow < 0.2, $"S{i + 1} interval [{offset[i].FirstCiLow}, {offset[i].FirstCiHigh}]");
        }
    }

    [Fact]
    public void SameSeed_GivesIdenticalIntervals_AndAnotherSeedDifferentOnes()
    {
        var design = SaltelliDesign.Create(3, 256);
        var outputs = design.Points.Select(TestFunctions.Ishigami).ToArray();
        var first = SobolAnalysis.Analyse(design, outputs, 100, seed: 4);
        var again = SobolAnalysis.Analyse(design, outputs, 100, seed: 4);
        var other = SobolAnalysis.Analyse(design, outputs, 100, seed: 5);
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal(first.Select(s => s.First), other.Select(s => s.First));
    }

    [Fact]
    public void AnOutputTheSameAtEveryPoint_WhoseMeanRounds_StillHasUndefinedIndices()
    {
        // 0.2 summed over the 64 rows of A and B and divided back is not exactly 0.2, so a variance taken from that mean is a
        // few units of 10⁻³³, not 0: the outputs are known the same by comparing them, not by their variance.
        var design = SaltelliDesign.Create(2, 32);
        var outputs = Enumerable.Repeat(0.2, design.Points.Count).ToArray();
        var sum = 0.0;
        for (var i = 0; i < 64; i++)
        {
            sum += 0.2;
        }
        Assert.NotEqual(0.2, sum / 64); // the fixture has what the test is about

        var indices = SobolAnalysis.Analyse(design, outputs, 10, 1);

        Assert.All(indices, s => Assert.True(double.IsNaN(s.First) && double.IsNaN(s.Total) && double.IsNaN(s.TotalCiHigh)));
    }

    [Fact]
    public void AnOutputTheSameAtEveryPointOfAAndB_HasUndefinedIndices_NotZeroOnes()
    {
        var design = SaltelliDesign.Create(2, 32);
        // Constant over A and B but not over the mixed rows: the estimator's variance is still zero, so nothing is defined.
        var outputs = new double[design.Points.Count];
        outputs[design.RowOfAB(0, 3)] = 1.0;
        var indices = SobolAnalysis.Analyse(design, outputs, 10, 1);
        Assert.Equal(2, indices.Count);
        Assert.All(indices, s => Assert.All(new[] { s.First, s.FirstCiLow, s.FirstCiHigh, s.Total, s.TotalCiLow, s.TotalCiHigh }, v => Assert.True(double.IsNaN(v))));
        Assert.Equal([0, 1], indices.Select(s => s.Factor));
    }

    [Fact]
    public void AFactorTheSmallDesignNeverVaries_HasUndefinedIndices_NotTheZerosTheEstimatorsWouldGive()
    {
        // With N = 4 against k = 10, some columns of A and B agree on every row: A_B^(i) is A for those factors.
        var design = SaltelliDesign.Create(10, 4);
        var unvaried = Enumerable.Range(0, 10).Where(i => !SobolAnalysis.Varies(design, i)).ToList();
        Assert.NotEmpty(unvaried);
        var outputs = design.Points.Select(x => x.Sum()).ToArray(); // every factor matters

        var indices = SobolAnalysis.Analyse(design, outputs, 20, 1);

        Assert.All(unvaried, i => Assert.True(double.IsNaN(indices[i].First) && double.IsNaN(indices[i].Total) && double.IsNaN(indices[i].TotalCiHigh)));
        Assert.All(Enumerable.Range(0, 10).Except(unvaried), i => Assert.True(double.IsFinite(indices[i].Total), $"factor {i}"));
        Assert.All(Enumerable.Range(0, 3), i => Assert.True(SobolAnalysis.Varies(SaltelliDesign.Create(3, 256), i)));
    }

    [Fact]
    public void Analyse_RejectsOutputsThatCannotGiveIndices()
    {
        var design = SaltelliDesign.Create(2, 32);
        Assert.Throws<ArgumentException>(() => SobolAnalysis.Analyse(design, new double[5], 10, 1));
        var withInfinity = design.Points.Select(x => x[0]).ToArray();
        withInfinity[0] = double.PositiveInfinity;
        Assert.Throws<InputConflictException>(() => SobolAnalysis.Analyse(design, withInfinity, 10, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SobolAnalysis.Analyse(design, design.Points.Select(x => x[0]).ToArray(), 10, 1, confidence: 1.0));
    }

    [Fact]
    public void IndicesOutsideTheUnitRange_AreFound_WorstFirst_AndOnlySobols()
    {
        SensitivityRow Row(SensitivityMethod method, string factor, SensitivityIndex index, double value) =>
            new(method, "gini", "timeline", factor, index, value, value - 0.1, value + 0.1);
        var rows = new[]
        {
            Row(SensitivityMethod.Sobol, "a", SensitivityIndex.First, 1.3),
            Row(SensitivityMethod.Sobol, "b", SensitivityIndex.Total, -0.5),
            Row(SensitivityMethod.Sobol, "c", SensitivityIndex.Total, 1.04), // within the tolerance of noise around 1
            Row(SensitivityMethod.Sobol, "d", SensitivityIndex.First, double.NaN),
            Row(SensitivityMethod.Morris, "e", SensitivityIndex.MuStar, 7.0), // μ* is not a share
        };

        var outside = SensitivityIndexes.OutsideUnitRange(rows);

        Assert.Equal(["b", "a"], outside.Select(r => r.Factor));
    }

    // Each first-order index inside [0, 1], yet together more than the whole variance: noise no single index shows.
    [Fact]
    public void FirstOrderIndicesSummingAboveOne_AreFound_PerOutput_LargestFirst()
    {
        SensitivityRow Row(string output, string factor, SensitivityIndex index, double value) =>
            new(SensitivityMethod.Sobol, output, "timeline", factor, index, value, value - 0.1, value + 0.1);
        var rows = new[]
        {
            Row("gini", "a", SensitivityIndex.First, 0.7), Row("gini", "b", SensitivityIndex.First, 0.56),
            Row("gini", "a", SensitivityIndex.Total, 0.9), // totals may sum above 1 (interactions count in each)
            Row("rent", "a", SensitivityIndex.First, 0.6), Row("rent", "b", SensitivityIndex.First, 0.44), // 1.04: within noise
            Row("win", "a", SensitivityIndex.First, 0.9), Row("win", "b", SensitivityIndex.First, 0.9), Row("win", "c", SensitivityIndex.First, double.NaN),
        };

        var above = SensitivityIndexes.FirstOrderAboveOne(rows);

        Assert.Equal(["win", "gini"], above.Select(o => o.Output));
        Assert.Equal(1.26, above[1].Sum, 12);
    }
}
