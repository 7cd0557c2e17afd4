using Simulation.Core.Signals;

namespace Simulation.Experiments.Scenarios;

/// <summary>
/// An index needs a weight above 0 on at least one component (<see cref="CompositeIndex.HasWeight"/>): its weighted sum is
/// standardised again, so only each weight's share of their total counts, and with all of them at 0 there is no share to
/// take. The model would read such an index as 0 for every region without saying so.
/// </summary>
internal static class IndexWeights
{
    /// <summary>Adds a problem to <paramref name="fields"/> for every index whose components all weigh 0.</summary>
    public static void Check(IReadOnlyList<CompositeIndex> indices, ScenarioFields fields)
    {
        for (var i = 0; i < indices.Count; i++)
        {
            if (!indices[i].HasWeight)
            {
                fields.Problem($"$.indices[{i}].components",
                    $"every component of index '{indices[i].Id}' weighs 0, so it has no composition (only the weights relative to one another count): give at least one a weight above 0");
            }
        }
    }
}
