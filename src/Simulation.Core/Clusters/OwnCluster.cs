namespace Simulation.Core.Clusters;

/// <summary>The state of one region-funded cluster project in a replication.</summary>
public struct OwnCluster
{
    /// <summary>Where it stands.</summary>
    public ClusterStatus Status;

    /// <summary>Total cost, ₩ billion.</summary>
    public double Cost;

    /// <summary>Years of construction planned.</summary>
    public int Duration;

    /// <summary>Years of construction done.</summary>
    public int YearsBuilt;

    /// <summary>Yearly cost, ₩ billion.</summary>
    public readonly double YearlyCost => Cost / Duration;
}
