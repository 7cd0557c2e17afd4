using Simulation.Experiments;
using Simulation.Output.Csv;
using Simulation.Output.Parquet;
using Simulation.Output.Tables;

namespace Simulation.Output.Tests.Tables;

public class OutcomeFileSizeTests
{
    [Fact]
    public void LowEstimate_IsBelowWhatTheWritersWrite_ButNotFarBelow()
    {
        using var temp = new TempFolder();
        var scenario = SmokeRun.Scenario.Model;
        const int replications = 400;
        var csv = temp.File("outcomes.csv");
        var parquet = temp.File("outcomes.parquet");
        using (var csvWriter = new OutcomeCsvWriter(csv, scenario))
        using (var parquetWriter = new OutcomeParquetWriter(parquet, scenario, new Dictionary<string, string>()))
        {
            MonteCarlo.Run(scenario, new RunOptions(replications, 11, 2), [csvWriter, parquetWriter]);
        }
        var csvBytes = new FileInfo(csv).Length;
        var parquetBytes = new FileInfo(parquet).Length;

        var csvEstimate = OutcomeFileSize.LowEstimate(scenario, replications, OutputFormat.Csv);
        var parquetEstimate = OutcomeFileSize.LowEstimate(scenario, replications, OutputFormat.Parquet);

        // Low enough that a run refused could not have fitted, close enough that one refused clearly would not.
        Assert.InRange(csvEstimate, csvBytes / 3, csvBytes);
        Assert.InRange(parquetEstimate, parquetBytes / 4, parquetBytes);
        Assert.Equal(csvEstimate + parquetEstimate, OutcomeFileSize.LowEstimate(scenario, replications, OutputFormat.Both));
        Assert.Equal(10 * csvEstimate, OutcomeFileSize.LowEstimate(scenario, 10 * replications, OutputFormat.Csv));
    }
}
