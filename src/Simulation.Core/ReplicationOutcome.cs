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
    }

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
