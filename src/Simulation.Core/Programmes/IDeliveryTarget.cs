namespace Simulation.Core.Programmes;

/// <summary>Receives a designation as it is delivered (a struct, so the queue calls it without allocating).</summary>
public interface IDeliveryTarget
{
    /// <summary>Delivers <paramref name="value"/> ₩ billion of programme <paramref name="programme"/> to
    /// <paramref name="region"/>, in plan category <paramref name="category"/> (−1: none).</summary>
    void Deliver(int programme, int region, int category, double value);
}
