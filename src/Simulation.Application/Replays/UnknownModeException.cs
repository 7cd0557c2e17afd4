namespace Simulation.Application.Replays;

/// <summary>A regime mode the scenario does not have: its message names the label asked for and the scenario's modes, so a
/// request can be put right.</summary>
/// <param name="mode">The label asked for.</param>
/// <param name="modes">The scenario's modes' labels.</param>
public sealed class UnknownModeException(string mode, IReadOnlyList<string> modes)
    : Exception($"'{mode}' is not a regime mode of this scenario; use one of {string.Join(", ", modes)}")
{
    /// <summary>The label asked for.</summary>
    public string Mode { get; } = mode;

    /// <summary>The scenario's modes' labels.</summary>
    public IReadOnlyList<string> Modes { get; } = modes;
}
