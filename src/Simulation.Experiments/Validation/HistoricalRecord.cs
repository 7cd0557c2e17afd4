namespace Simulation.Experiments.Validation;

/// <summary>
/// The historical outcome of the competitions the baseline scenario models (paper §4.1; regions.md §7): the data the
/// history checks and the calibration targets compare the model with.
/// </summary>
public static class HistoricalRecord
{
    /// <summary>The Maglev line (June 2007), Robot Land (November 2007) and the High-tech Medical Complex (August 2009).</summary>
    public static IReadOnlyList<HistoricalCompetition> Competitions { get; } =
    [
        new("maglev", ["incheon"], ["incheon"], 2007,
            "paper §4.1; regions.md §7 (selected 26 Jun 2007: Incheon; Daegu, Gwangju, Daejeon lost)"),
        new("robotLand", ["incheon", "gyeongnam"], ["incheon"], 2007,
            "paper §4.1; regions.md §7 (13 Nov 2007: Incheon ranked first, Gyeongnam-Masan second)"),
        new("medicalComplex", ["daegu", "chungbuk"], ["daegu"], 2009,
            "paper §4.1; regions.md §7 (10 Aug 2009: Daegu Sinseo, joint bid with Gyeongbuk, and Chungbuk Osong)"),
    ];
}
