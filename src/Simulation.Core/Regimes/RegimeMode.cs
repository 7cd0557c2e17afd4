namespace Simulation.Core.Regimes;

/// <summary>
/// Which regime sequence a run follows: the scenario's timeline, or one regime over the whole horizon
/// (a counterfactual). Every mode of a replication uses the same random stream (common random numbers).
/// </summary>
/// <param name="Label">Label written to the outputs: <c>timeline</c> or the regime id.</param>
/// <param name="Regime">The regime in force every year, or null to follow the timeline.</param>
public readonly record struct RegimeMode(string Label, int? Regime)
{
    /// <summary>The label of the historical mode.</summary>
    public const string TimelineLabel = "timeline";

    /// <summary>Follow the scenario's timeline.</summary>
    public static RegimeMode Timeline => new(TimelineLabel, null);

    /// <summary>Run the whole horizon under one regime.</summary>
    public static RegimeMode Counterfactual(string regimeId, int regime) => new(regimeId, regime);
}
