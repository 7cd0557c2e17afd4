using Simulation.Output;

namespace Simulation.Cli;

/// <summary>Names the staging folders that killed runs left beside a results folder (a cluster's time limit, an
/// out-of-memory kill), which otherwise pile up unseen against a quota; the user deletes them once no run writes there.</summary>
internal static class LeftOverNote
{
    /// <summary>Writes one line naming them to <paramref name="output"/>, or nothing when there are none.</summary>
    public static void Write(TextWriter output, string folder)
    {
        var left = OutputDirectory.LeftOver(folder);
        if (left.Count > 0)
        {
            output.WriteLine($"Left beside it by {(left.Count == 1 ? "an interrupted run" : "interrupted runs")}, not results: "
                + $"{string.Join(", ", left)}; delete {(left.Count == 1 ? "it" : "them")} once no other run writes to {folder}/");
        }
    }
}
