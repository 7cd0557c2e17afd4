namespace Simulation.Output.Charts;

// Legend text for a mode label, shared by every chart so the same mode reads the same everywhere.
internal static class ModeLabels
{
    public static string Display(string mode) => mode switch
    {
        "timeline" => "History (timeline)",
        "roh" => "Roh regime",
        "lee" => "Lee regime",
        _ => mode,
    };
}
