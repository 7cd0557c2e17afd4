namespace Simulation.Core.Clusters;

/// <summary>Where a region-funded cluster project stands.</summary>
public enum ClusterStatus
{
    /// <summary>Slot not in use.</summary>
    None,

    /// <summary>Under construction.</summary>
    Running,

    /// <summary>Fully built.</summary>
    Completed,

    /// <summary>Stopped for lack of capacity, funds or support (paper §3.2, §4.2).</summary>
    Stalled,
}
