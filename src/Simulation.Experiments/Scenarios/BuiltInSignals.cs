using Simulation.Core.Signals;

namespace Simulation.Experiments.Scenarios;

/// <summary>The signals every scenario has without declaring them, by the name criteria use: a criterion's name is looked
/// up here first, so no attribute or index may take one of these names.</summary>
internal static class BuiltInSignals
{
    /// <summary>Each built-in signal's kind, by name.</summary>
    public static readonly IReadOnlyDictionary<string, SignalKind> ByName = new Dictionary<string, SignalKind>
    {
        ["effort"] = SignalKind.Effort,
        ["capacity"] = SignalKind.Capacity,
        ["alignment"] = SignalKind.Alignment,
        ["capitalRegion"] = SignalKind.CapitalRegion,
        ["jointBid"] = SignalKind.JointBid,
    };

    /// <summary>The names, for messages.</summary>
    public static string Names { get; } = string.Join(", ", ByName.Keys);
}
