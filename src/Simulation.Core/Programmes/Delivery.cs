namespace Simulation.Core.Programmes;

/// <summary>
/// How a designation turns into what was planned: designations stall for lack of local capacity, funds and private
/// interest (paper §3.3), and relocations and construction take years (no Innovation City agency had moved by January
/// 2012, paper §3.1). At designation a stall is drawn with Pr = logistic(intercept + capacity·capacity_i); a designation
/// that does not stall is delivered <see cref="LagYears"/> later, its value scaled by a log-normal factor of mean one.
/// </summary>
/// <param name="LagYears">Years from designation to delivery (≥ 0; 0 delivers in the year of designation).</param>
/// <param name="StallIntercept">Log-odds of stalling for a region of capacity 0.</param>
/// <param name="StallCapacity">Change in the log-odds of stalling per capacity unit (negative: capable regions deliver).</param>
/// <param name="Spread">Std. dev. of the log-normal factor on the value delivered (≥ 0).</param>
public sealed record Delivery(int LagYears, double StallIntercept, double StallCapacity, double Spread)
{
    /// <summary>Delivery in the year of designation, never stalling, exactly as planned.</summary>
    public static Delivery Immediate { get; } = new(0, double.NegativeInfinity, 0, 0);

    /// <summary>True when a designation may stall (a draw is made for it).</summary>
    public bool CanStall => !double.IsNegativeInfinity(StallIntercept);
}
