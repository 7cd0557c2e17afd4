namespace Simulation.Core.Signals;

/// <summary>A reference to one quantity a selection rule or an allocation can weigh.</summary>
/// <param name="Kind">What kind of quantity.</param>
/// <param name="Index">Attribute or index position for <see cref="SignalKind.Attribute"/> and <see cref="SignalKind.Index"/>; otherwise -1.</param>
public readonly record struct Signal(SignalKind Kind, int Index = -1)
{
    /// <summary>True when the value is fixed for the whole run (an attribute or an index).</summary>
    public bool IsStatic => Kind is SignalKind.Attribute or SignalKind.Index;
}
