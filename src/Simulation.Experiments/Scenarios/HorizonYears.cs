using Simulation.Core.Clusters;
using Simulation.Core.Programmes;
using Simulation.Core.Projects;
using Simulation.Core.Regions;

namespace Simulation.Experiments.Scenarios;

/// <summary>
/// Years that date something the model starts once: the national fund, a planned own cluster, a partnership's first joint
/// bid. One after the horizon would make it never happen, silently; a planned cluster also starts only in a year of the
/// horizon. A fund or partnership begun before the horizon is in force throughout it, as the record has them; a partnership
/// a project names as a consortium bids as one there whatever its first year, so its year is not checked.
/// </summary>
internal static class HorizonYears
{
    /// <summary>Adds a problem to <paramref name="fields"/> for every such year the horizon <paramref name="first"/>–<paramref name="last"/> never reaches.</summary>
    public static void Check(NationalFund fund, IReadOnlyList<Partnership> partnerships, IReadOnlyList<NationalProject> projects,
        IReadOnlyList<PlannedCluster> planned, int first, int last, ScenarioFields fields)
    {
        if (fund.StartYear > last)
        {
            fields.Problem("$.nationalFund.startYear", $"year {fund.StartYear} is after the horizon {first}–{last}, so the fund would never pay out");
        }
        for (var i = 0; i < partnerships.Count; i++)
        {
            if (partnerships[i].FromYear > last && !projects.Any(p => p.Consortia.Contains(i)))
            {
                fields.Problem($"$.partnerships[{i}].fromYear", $"year {partnerships[i].FromYear} is after the horizon {first}–{last}, so the partnership would never bid jointly");
            }
        }
        // A joint cluster is one planned entry split among its regions, so entries are counted by id, in order.
        var ids = planned.Select(c => c.Id).Distinct().ToList();
        foreach (var cluster in planned.DistinctBy(c => c.Id).Where(c => c.StartYear < first || c.StartYear > last))
        {
            fields.Problem($"$.ownClusters.planned[{ids.IndexOf(cluster.Id)}].startYear",
                $"year {cluster.StartYear} is outside the horizon {first}–{last}: a planned cluster starts in a year of the horizon, so it would never start");
        }
    }
}
