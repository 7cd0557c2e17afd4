using Simulation.Experiments.Calibration;
using Simulation.Experiments.Sweeps;
using Simulation.Output.Calibration;
using Simulation.Output.Tables;

namespace Simulation.Output.Tests.Calibration;

/// <summary>A posterior of one accepted particle has no s.d. and no narrowing: summary.csv leaves them empty and the
/// identifiability table shows a dash, never 0 and 1.</summary>
public sealed class CalibrationSummaryTests
{
    private static readonly Prior Uniform = new("x", ParameterPath.Parse("x"), PriorDistribution.Uniform, 0, 1, double.NaN, double.NaN, 0.5);

    private static PosteriorParameter OneParticle() =>
        PosteriorParameter.Of(Uniform, new RecordPosterior([new Particle(0, [0.25], [], 0.0)], 1, 1, 0.0), 0);

    [Fact]
    public void SummaryCsv_LeavesTheSdAndShrinkageOfOneParticleEmpty()
    {
        using var temp = new TempFolder();

        TableWriter.CsvOnly.Write(temp.Path, "summary", CalibrationTables.Summary, [OneParticle()]);

        var lines = File.ReadAllLines(temp.File("summary.csv"));
        Assert.Equal(2, lines.Length);
        var header = lines[0].Split(',');
        // Counted from the end: the prior's description before them is quoted and holds a comma.
        var row = lines[1].Split(',');
        string Field(string column) => row[^(header.Length - Array.IndexOf(header, column))];
        Assert.Equal(("0.25", "", "0.25", ""), (Field("posterior_mean"), Field("posterior_sd"), Field("p50"), Field("shrinkage")));
    }

    [Fact]
    public void SummaryCsv_SaysWhichParametersTheModelReads_AndWhyNotAPlacebo_AndWhichMoveTheRecord()
    {
        using var temp = new TempFolder();
        var placebo = OneParticle() with { Unread = "the attribute 'x' feeds only the index 'y', which nothing weighs" };
        var unmoved = OneParticle() with { MovesRecord = false };

        TableWriter.CsvOnly.Write(temp.Path, "summary", CalibrationTables.Summary, [OneParticle(), placebo, unmoved]);

        var lines = File.ReadAllLines(temp.File("summary.csv"));
        Assert.StartsWith("parameter,path,read,not_read_because,moves_record,prior,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("x,x,true,,true,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("x,x,false,\"the attribute 'x' feeds only the index 'y', which nothing weighs\",false,", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("x,x,true,,false,", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void IdentifiabilityRow_ShowsADashForTheSdAndNarrowingOfOneParticle()
    {
        var cells = CalibrationMarkdown.IdentifiabilityRow(OneParticle()).Split('|').Select(c => c.Trim()).ToArray();

        // "| `x` | prior | scenario | mean | sd | interval | narrowed |" splits into an empty cell at each end.
        Assert.Equal(["`x`", "0.25", "–", "[0.25, 0.25]", "–"], new[] { cells[1], cells[4], cells[5], cells[6], cells[7] });
    }
}
