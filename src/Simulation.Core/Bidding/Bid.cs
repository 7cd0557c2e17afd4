using Simulation.Core.Selection;

namespace Simulation.Core.Bidding;

/// <summary>
/// One bid in a competition: a single region's or a partnership's. Held in reused buffers, so it is a
/// mutable struct.
/// </summary>
public struct Bid
{
    /// <summary>Set of member regions (bit i = region i).</summary>
    public ulong Members;

    /// <summary>The first member; a single region's bid has only this one.</summary>
    public int Lead;

    /// <summary>Combined population of the members, thousand persons.</summary>
    public double Population;

    /// <summary>Non-effort score under the project's criteria and the regime's tilt.</summary>
    public double Merit;

    /// <summary>Value of the prize to the bid, ₩ billion.</summary>
    public double Valuation;

    /// <summary>Fixed cost of preparing the bid, ₩ billion: the least effort a bid can have.</summary>
    public double Floor;

    /// <summary>The most the members can spend on it, ₩ billion.</summary>
    public double Cap;

    /// <summary>Current total effort (paper work, pledged funds, lobbying), ₩ billion.</summary>
    public double Effort;

    /// <summary>How the bid perceives the contest.</summary>
    public PerceivedContest Perceived;

    /// <summary>True for a partnership's bid.</summary>
    public readonly bool IsJoint => (Members & (Members - 1)) != 0;
}
