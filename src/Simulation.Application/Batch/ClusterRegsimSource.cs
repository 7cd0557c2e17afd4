namespace Simulation.Application.Batch;

/// <summary>Why the compute nodes run the regsim <see cref="ClusterRegsim.Choose"/> picked, in the order it tries them.</summary>
public enum ClusterRegsimSource
{
    /// <summary>The command <c>--regsim</c> gives.</summary>
    Option,

    /// <summary>The regsim now running, a self-contained single-file binary.</summary>
    RunningBinary,

    /// <summary>The self-contained binary published into <c>dist/linux-x64/</c> of the working folder or of the checkout the
    /// running regsim was built in (<see cref="ClusterRegsim.PublishedPath"/>).</summary>
    PublishedBinary,

    /// <summary>The regsim now running, by absolute path, which needs .NET on every node.</summary>
    RunningCommand,
}
