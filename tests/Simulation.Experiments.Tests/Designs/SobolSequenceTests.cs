using Simulation.Experiments.Designs;

namespace Simulation.Experiments.Tests.Designs;

public class SobolSequenceTests
{
    // The whole 256-dimensional sequence up to 2^12 points, with the origin put back in front as point 0.
    private static readonly double[][] Points = [new double[SobolSequence.MaxDimensions], .. SobolSequence.Generate(4095, SobolSequence.MaxDimensions)];

    [Fact]
    public void FirstPoints_OfDimensionsOneToThree_MatchScipyUnscrambled()
    {
        // scipy.stats.qmc.Sobol(3, scramble=False).random(9)[1:], scipy 1.10.1.
        double[][] expected =
        [
            [0.5, 0.75, 0.25, 0.375, 0.875, 0.625, 0.125, 0.1875],
            [0.5, 0.25, 0.75, 0.375, 0.875, 0.125, 0.625, 0.3125],
            [0.5, 0.25, 0.75, 0.625, 0.125, 0.875, 0.375, 0.9375],
        ];
        var points = SobolSequence.Generate(8, 3);
        for (var d = 0; d < 3; d++)
        {
            Assert.Equal(expected[d], points.Select(p => p[d]));
        }
    }

    [Theory]
    [InlineData(100, new[] { 0.7265625, 0.6953125, 0.1328125, 0.8828125, 0.5703125 })]
    [InlineData(1000, new[] { 0.6767578125, 0.0693359375, 0.4794921875, 0.1865234375, 0.2490234375 })]
    [InlineData(4095, new[] { 0.901611328125, 0.246337890625, 0.227294921875, 0.962646484375, 0.613037109375 })]
    public void HighDimensions_MatchScipyUnscrambled(int index, double[] expected)
    {
        // scipy.stats.qmc.Sobol(256, scramble=False).random(4096)[index] in dimensions 4, 10, 40, 100 and 256: this
        // checks the recurrence and the shipped direction numbers well beyond their initial values.
        int[] dimensions = [4, 10, 40, 100, 256];
        Assert.Equal(expected, dimensions.Select(d => Points[index][d - 1]));
    }

    [Fact]
    public void FirstCall_SkipsTheOrigin()
    {
        var sequence = new SobolSequence(5);
        var point = new double[5];
        sequence.Next(point);
        Assert.All(point, x => Assert.Equal(0.5, x));
    }

    [Fact]
    public void EveryOneDimensionalProjection_HitsEachOfTheFirst2PowKIntervalsOnce()
    {
        for (var k = 1; k <= 10; k++)
        {
            var count = 1 << k;
            for (var d = 0; d < SobolSequence.MaxDimensions; d++)
            {
                var hits = new int[count];
                for (var n = 0; n < count; n++)
                {
                    hits[(int)(Points[n][d] * count)]++;
                }
                Assert.True(hits.All(h => h == 1), $"dimension {d + 1}, k = {k}");
            }
        }
    }

    [Fact]
    public void FirstTwoDimensions_PutOnePointInEachOf16By16Cells()
    {
        var cells = new int[16, 16];
        for (var n = 0; n < 256; n++)
        {
            cells[(int)(Points[n][0] * 16), (int)(Points[n][1] * 16)]++;
        }
        Assert.All(cells.Cast<int>(), c => Assert.Equal(1, c));
    }

    [Theory]
    [InlineData(1, 2, 0)]
    [InlineData(2, 3, 1)]
    [InlineData(4, 7, 2)]
    [InlineData(39, 40, 2)]
    [InlineData(255, 256, 3)]
    public void TwoDimensionalProjections_AreNetsWithTheirKnownQuality(int first, int second, int t)
    {
        // The first 2^8 points of the pair form a (t, 8, 2)-net: every box of 2^-a by 2^-b with a + b = 8 − t holds
        // exactly 2^t points. The t-values are those of scipy's unscrambled points; smaller t is more uniform.
        const int m = 8;
        for (var a = 0; a <= m - t; a++)
        {
            var b = m - t - a;
            var boxes = new int[1 << a, 1 << b];
            for (var n = 0; n < 1 << m; n++)
            {
                boxes[(int)(Points[n][first - 1] * (1 << a)), (int)(Points[n][second - 1] * (1 << b))]++;
            }
            Assert.True(boxes.Cast<int>().All(c => c == 1 << t), $"dimensions ({first}, {second}), boxes 2^-{a} by 2^-{b}");
        }
    }

    [Fact]
    public void Generate_GivesTheSamePointsAsRepeatedNext()
    {
        var sequence = new SobolSequence(7);
        var point = new double[7];
        foreach (var expected in SobolSequence.Generate(50, 7))
        {
            sequence.Next(point);
            Assert.Equal(expected, point);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(SobolSequence.MaxDimensions + 1)]
    public void Constructor_RejectsUnsupportedDimensions(int dimensions) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SobolSequence(dimensions));

    [Fact]
    public void Next_RejectsASpanOfTheWrongLength() =>
        Assert.Throws<ArgumentException>(() => new SobolSequence(3).Next(new double[2]));
}
