namespace Simulation.Core;

/// <summary>
/// What one replication under one regime mode produced. A reusable buffer: the model fills it at the end of
/// a run, and the experiment layer copies out what it keeps.
/// </summary>
public sealed class ReplicationOutcome
{
    private readonly int[] _winnerOffsets;

    /// <summary>Allocates the buffer for a scenario.</summary>
    public ReplicationOutcome(Scenario scenario)
    {
        var regions = scenario.Regions.Count;
        var years = scenario.Timeline.LastYear - scenario.Timeline.FirstYear + 1;
        _winnerOffsets = new int[scenario.Projects.Count + 1];
        for (var p = 0; p < scenario.Projects.Count; p++)
        {
            var project = scenario.Projects[p];
            var occurrences = Enumerable.Range(scenario.Timeline.FirstYear, years).Count(project.IsHeldIn);
            _winnerOffsets[p + 1] = _winnerOffsets[p] + (project.Winners * occurrences);
        }
        WinningBids = new ulong[_winnerOffsets[^1]];
        WinnerCounts = new int[scenario.Projects.Count];
        Resources = new double[regions];
        ResourcesPerCapita = new double[regions];
        CategoryCount = scenario.Programmes.Sum(p => p.Categories.Count);
        PlannedByCategory = new double[CategoryCount];
        RealisedByCategory = new double[CategoryCount];
        ProgrammeCount = scenario.Programmes.Count;
        Designations = new int[scenario.Programmes.Count * regions];
        StalledDesignations = new int[scenario.Programmes.Count];
        DeliveredDesignations = new int[scenario.Programmes.Count];
        PendingDesignations = new int[scenario.Programmes.Count];
        Capacity = new double[regions];
    }

    /// <summary>Number of programmes.</summary>
    public int ProgrammeCount { get; }

    /// <summary>Designations held at the end of the run, programme × region (flat, programme-major).</summary>
    public int[] Designations { get; }

    /// <summary>Designations that stalled, per programme.</summary>
    public int[] StalledDesignations { get; }

    /// <summary>Designations delivered within the horizon, per programme.</summary>
    public int[] DeliveredDesignations { get; }

    /// <summary>Designations still waiting for delivery at the end of the horizon, per programme.</summary>
    public int[] PendingDesignations { get; }

    /// <summary>Each region's capacity at the end of the run (capacity units: s.d. of the initial capacity index).</summary>
    public double[] Capacity { get; }

    /// <summary>Capital Region's share of the projects won: each winning bid counts one, shared among its members by
    /// population (NaN when nothing was won).</summary>
    public double CapitalRegionWinShare { get; set; }

    /// <summary>Herfindahl index of the resources received by the regions outside the Capital Region (1/n: even; 1: one region
    /// has all); concentration among the rest of the country.</summary>
    public double NonCapitalHerfindahl { get; set; }

    /// <summary>Share of the resources received outside the Capital Region that went to the three regions receiving most.</summary>
    public double NonCapitalTopThreeShare { get; set; }

    /// <summary>Standard deviation of capacity across regions at the start of the horizon (unweighted).</summary>
    public double CapacitySdStart { get; set; }

    /// <summary>Standard deviation of capacity across regions at the end of the horizon (unweighted); below the start:
    /// sigma-convergence.</summary>
    public double CapacitySdEnd { get; set; }

    /// <summary>Member sets of the winning bids, project after project (see <see cref="Winners"/>).</summary>
    public ulong[] WinningBids { get; }

    /// <summary>Number of winning bids recorded per project.</summary>
    public int[] WinnerCounts { get; }

    /// <summary>National resources received per region over the horizon, ₩ billion.</summary>
    public double[] Resources { get; }

    /// <summary>National resources received per region over the horizon, ₩ thousand per person.</summary>
    public double[] ResourcesPerCapita { get; }

    /// <summary>Number of (programme, category) pairs.</summary>
    public int CategoryCount { get; }

    /// <summary>Planned investment by (programme, category), ₩ billion.</summary>
    public double[] PlannedByCategory { get; }

    /// <summary>Realised investment by (programme, category), ₩ billion.</summary>
    public double[] RealisedByCategory { get; }

    /// <summary>Gini of resources per capita across regions (unweighted).</summary>
    public double Gini { get; set; }

    /// <summary>Population-weighted Theil T of resources per capita.</summary>
    public double Theil { get; set; }

    /// <summary>Capital Region's share of all national resources.</summary>
    public double CapitalRegionShare { get; set; }

    /// <summary>Total effort spent on bids ÷ total prize value awarded (0 when nothing was awarded).</summary>
    public double RentDissipation { get; set; }

    /// <summary>Total effort spent on bids, ₩ billion.</summary>
    public double TotalEffort { get; set; }

    /// <summary>Total prize value awarded, ₩ billion.</summary>
    public double PrizeAwarded { get; set; }

    /// <summary>Total national resources received by all regions, ₩ billion.</summary>
    public double TotalResources { get; set; }

    /// <summary>Balanced-development fund spent, ₩ billion.</summary>
    public double FundSpent { get; set; }

    /// <summary>Joint bids entered.</summary>
    public int JointBids { get; set; }

    /// <summary>Region-funded clusters started.</summary>
    public int ClustersStarted { get; set; }

    /// <summary>Region-funded clusters completed.</summary>
    public int ClustersCompleted { get; set; }

    /// <summary>Region-funded clusters stalled.</summary>
    public int ClustersStalled { get; set; }

    /// <summary>Returns the member sets of the winning bids of one project.</summary>
    public ReadOnlySpan<ulong> Winners(int project) =>
        WinningBids.AsSpan(_winnerOffsets[project], WinnerCounts[project]);

    /// <summary>Clears the buffer before a run.</summary>
    public void Clear()
    {
        Array.Clear(WinnerCounts);
        Array.Clear(Resources);
        Array.Clear(ResourcesPerCapita);
        Array.Clear(PlannedByCategory);
        Array.Clear(RealisedByCategory);
        Array.Clear(Designations);
        Array.Clear(StalledDesignations);
        Array.Clear(DeliveredDesignations);
        Array.Clear(PendingDesignations);
        Array.Clear(Capacity);
        CapitalRegionWinShare = NonCapitalHerfindahl = NonCapitalTopThreeShare = CapacitySdStart = CapacitySdEnd = 0;
        Gini = Theil = CapitalRegionShare = RentDissipation = TotalEffort = PrizeAwarded = TotalResources = FundSpent = 0;
        JointBids = ClustersStarted = ClustersCompleted = ClustersStalled = 0;
    }

    /// <summary>Records a winning bid of a project.</summary>
    public void AddWinner(int project, ulong members)
    {
        var slot = _winnerOffsets[project] + WinnerCounts[project];
        if (slot < _winnerOffsets[project + 1])
        {
            WinningBids[slot] = members;
            WinnerCounts[project]++;
        }
    }

    /// <summary>Copies every result into <paramref name="target"/>, a buffer of the same scenario.</summary>
    public void CopyTo(ReplicationOutcome target)
    {
        WinningBids.CopyTo(target.WinningBids, 0);
        WinnerCounts.CopyTo(target.WinnerCounts, 0);
        Resources.CopyTo(target.Resources, 0);
        ResourcesPerCapita.CopyTo(target.ResourcesPerCapita, 0);
        PlannedByCategory.CopyTo(target.PlannedByCategory, 0);
        RealisedByCategory.CopyTo(target.RealisedByCategory, 0);
        Designations.CopyTo(target.Designations, 0);
        StalledDesignations.CopyTo(target.StalledDesignations, 0);
        DeliveredDesignations.CopyTo(target.DeliveredDesignations, 0);
        PendingDesignations.CopyTo(target.PendingDesignations, 0);
        Capacity.CopyTo(target.Capacity, 0);
        target.CapitalRegionWinShare = CapitalRegionWinShare;
        target.NonCapitalHerfindahl = NonCapitalHerfindahl;
        target.NonCapitalTopThreeShare = NonCapitalTopThreeShare;
        target.CapacitySdStart = CapacitySdStart;
        target.CapacitySdEnd = CapacitySdEnd;
        target.Gini = Gini;
        target.Theil = Theil;
        target.CapitalRegionShare = CapitalRegionShare;
        target.RentDissipation = RentDissipation;
        target.TotalEffort = TotalEffort;
        target.PrizeAwarded = PrizeAwarded;
        target.TotalResources = TotalResources;
        target.FundSpent = FundSpent;
        target.JointBids = JointBids;
        target.ClustersStarted = ClustersStarted;
        target.ClustersCompleted = ClustersCompleted;
        target.ClustersStalled = ClustersStalled;
    }
}
