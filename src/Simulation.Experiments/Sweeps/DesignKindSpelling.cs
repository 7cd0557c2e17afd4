using System.Text.Json;

namespace Simulation.Experiments.Sweeps;

/// <summary>A design kind as experiment files spell it (<c>latinHypercube</c>), so messages and manifests name it in the
/// user's own words.</summary>
public static class DesignKindSpelling
{
    /// <summary>Returns <paramref name="kind"/> as an experiment file writes it.</summary>
    public static string AsWritten(this DesignKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());
}
