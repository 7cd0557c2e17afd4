using CsvHelper;
using Simulation.Experiments;

namespace Simulation.Output.Csv;

/// <summary>
/// Column layout of <c>win_probabilities.csv</c>, fixed so files diff cleanly between runs. CsvHelper's source
/// generator writes the record writer of <see cref="WinProbability"/> from the attributes of these stand-in members.
/// </summary>
[CsvRecordMap(typeof(WinProbability))]
public sealed partial class WinProbabilityMap
{
    /// <summary>Column <c>regime</c>: the mode label.</summary>
    [CsvColumn("regime", Index = 0)]
    public string Regime { get; set; } = "";

    /// <summary>Column <c>project</c>: the project id.</summary>
    [CsvColumn("project", Index = 1)]
    public string Project { get; set; } = "";

    /// <summary>Column <c>region</c>: the region id.</summary>
    [CsvColumn("region", Index = 2)]
    public string Region { get; set; } = "";

    /// <summary>Column <c>wins</c>: replications the region won.</summary>
    [CsvColumn("wins", Index = 3)]
    public long Wins { get; set; }

    /// <summary>Column <c>replications</c>: replications run.</summary>
    [CsvColumn("replications", Index = 4)]
    public long Replications { get; set; }

    /// <summary>Column <c>probability</c>: wins / replications.</summary>
    [CsvColumn("probability", Index = 5)]
    [CsvConverter(typeof(RoundTripDouble))]
    public double Probability { get; set; }

    /// <summary>Column <c>ci_low</c>: lower bound of the 95 % interval.</summary>
    [CsvColumn("ci_low", Index = 6)]
    [CsvConverter(typeof(RoundTripDouble))]
    public double CiLow { get; set; }

    /// <summary>Column <c>ci_high</c>: upper bound of the 95 % interval.</summary>
    [CsvColumn("ci_high", Index = 7)]
    [CsvConverter(typeof(RoundTripDouble))]
    public double CiHigh { get; set; }
}
