using Simulation.Core;

namespace Simulation.Experiments.Outcomes;

/// <summary>The outcome metrics of a scenario, in a fixed order: the model-wide ones, then one per region, then per programme
/// (designations per region, delivery) and per programme category. Names are derived predictably from the scenario's ids.
/// The paper's "equity" is read from the inequality of capacity and of resources; its "concentration" from the Capital
/// Region's shares and the concentration among the other regions.</summary>
public static class OutcomeMetrics
{
    /// <summary>Name of the Gini metric.</summary>
    public const string Gini = "gini_resources_per_capita";

    /// <summary>Name of the Theil metric.</summary>
    public const string Theil = "theil_resources_per_capita";

    /// <summary>Name of the Capital Region share metric.</summary>
    public const string CapitalRegionShare = "capital_region_share";

    /// <summary>Name of the rent dissipation metric.</summary>
    public const string RentDissipation = "rent_dissipation";

    /// <summary>Name of the Capital Region's share of project wins.</summary>
    public const string CapitalRegionWinShare = "capital_region_win_share";

    /// <summary>Name of the Herfindahl index of resources among regions outside the Capital Region.</summary>
    public const string NonCapitalHerfindahl = "non_capital_herfindahl";

    /// <summary>Name of the top-three share of resources among regions outside the Capital Region.</summary>
    public const string NonCapitalTopThreeShare = "non_capital_top3_share";

    /// <summary>Name of the change in the dispersion of capacity over the horizon (sigma-convergence when negative).</summary>
    public const string CapacitySdChange = "capacity_sd_change";

    /// <summary>Returns the name of the metric counting a region's designations in a programme.</summary>
    public static string Designations(string programme, string region) => $"designations_{programme}_{region}";

    /// <summary>Returns the metrics of <paramref name="scenario"/>.</summary>
    public static IReadOnlyList<OutcomeMetric> For(Scenario scenario)
    {
        var metrics = new List<OutcomeMetric>
        {
            new(Gini, "Gini of national resources per capita across regions (unweighted, 0-1)", o => o.Gini),
            new(Theil, "Theil T of national resources per capita (population-weighted)", o => o.Theil),
            new(CapitalRegionShare, "Capital Region's share of national resources (0-1)", o => o.CapitalRegionShare),
            new(RentDissipation, "total bid effort / total prize value awarded", o => o.RentDissipation),
            new("total_effort_bn_krw", "effort spent on bids, KRW billion", o => o.TotalEffort),
            new("prize_awarded_bn_krw", "prize value awarded, KRW billion", o => o.PrizeAwarded),
            new("total_resources_bn_krw", "national resources received by all regions, KRW billion", o => o.TotalResources),
            new("fund_spent_bn_krw", "regional fund spent (the balanced-development account or the regime's successor to it), KRW billion", o => o.FundSpent),
            new("joint_bids", "joint bids entered", o => o.JointBids, MetricKind.Count),
            new("clusters_started", "region-funded clusters started", o => o.ClustersStarted, MetricKind.Count),
            new("clusters_completed", "region-funded clusters completed", o => o.ClustersCompleted, MetricKind.Count),
            new("clusters_stalled", "region-funded clusters stalled", o => o.ClustersStalled, MetricKind.Count),
            new(CapitalRegionWinShare, "Capital Region's share of project wins (a joint win shared by population; empty when nothing was won)", o => o.CapitalRegionWinShare),
            new(NonCapitalHerfindahl, "concentration of resources among regions outside the Capital Region: Herfindahl index (1/13 even, 1 all in one)", o => o.NonCapitalHerfindahl),
            new(NonCapitalTopThreeShare, "share of resources outside the Capital Region going to its three largest recipients (0-1)", o => o.NonCapitalTopThreeShare),
            new("capacity_sd_start", "dispersion of capacity across regions at the start (s.d., unweighted, capacity units)", o => o.CapacitySdStart),
            new("capacity_sd_end", "dispersion of capacity across regions at the end (s.d., unweighted, capacity units)", o => o.CapacitySdEnd),
            new(CapacitySdChange, "change in the dispersion of capacity over the horizon (negative: regions converge, sigma-convergence)", o => o.CapacitySdEnd - o.CapacitySdStart),
        };
        for (var r = 0; r < scenario.Regions.Count; r++)
        {
            var region = r;
            metrics.Add(new($"resources_per_capita_{scenario.Regions[r].Id}", $"national resources received by {scenario.Regions[r].Name}, KRW thousand per person", o => o.ResourcesPerCapita[region]));
        }
        for (var p = 0; p < scenario.Programmes.Count; p++)
        {
            var programme = p;
            var spec = scenario.Programmes[p];
            for (var r = 0; r < scenario.Regions.Count; r++)
            {
                var cell = (p * scenario.Regions.Count) + r;
                metrics.Add(new(Designations(spec.Id, scenario.Regions[r].Id), $"{spec.Name} designations held by {scenario.Regions[r].Name}", o => o.Designations[cell], MetricKind.Count));
            }
            metrics.Add(new($"stalled_{spec.Id}", $"{spec.Name} designations that stalled", o => o.StalledDesignations[programme], MetricKind.Count));
            metrics.Add(new($"delivered_{spec.Id}", $"{spec.Name} designations delivered within the horizon", o => o.DeliveredDesignations[programme], MetricKind.Count));
            metrics.Add(new($"pending_{spec.Id}", $"{spec.Name} designations still waiting for delivery at the end of the horizon", o => o.PendingDesignations[programme], MetricKind.Count));
        }
        var offset = 0;
        foreach (var programme in scenario.Programmes)
        {
            foreach (var category in programme.Categories)
            {
                var c = offset++;
                metrics.Add(new($"realisation_{programme.Id}_{category.Id}", $"{programme.Name}, {category.Id}: realised / planned investment (empty when none planned)",
                    o => o.PlannedByCategory[c] > 0 ? o.RealisedByCategory[c] / o.PlannedByCategory[c] : double.NaN));
            }
        }
        return metrics;
    }
}
