namespace Simulation.Experiments.Validation;

/// <summary>
/// Paper Table 3: investment in special districts, 2004–2010, realised ÷ planned by category (₩ billion). The category
/// ids are the baseline scenario's.
/// </summary>
public static class PaperTable3
{
    /// <summary>First year of the table's period.</summary>
    public const int FirstYear = 2004;

    /// <summary>Last year of the table's period.</summary>
    public const int LastYear = 2010;

    /// <summary>Id of the programme the table describes in the baseline scenario.</summary>
    public const string Programme = "specialDistricts";

    /// <summary>Per category: id, planned and invested 2004–2010 (₩ billion), and the printed percentage as a ratio.</summary>
    public static IReadOnlyList<(string Category, double Planned, double Invested, double Realisation)> Categories { get; } =
    [
        ("medicalHealth", 348, 51, 0.149),
        ("tourismLeisure", 2179, 1552, 0.713),
        ("education", 411, 452, 1.100),
        ("logistics", 467, 456, 0.976),
        ("industriesResearch", 1643, 1638, 0.997),
        ("localResources", 1267, 1509, 1.191),
    ];

    /// <summary>The table's total row: realised ÷ planned over all categories (₩5,661 bn of ₩6,317 bn).</summary>
    public const double TotalRealisation = 0.896;
}
