namespace Simulation.Core.Selection;

/// <summary>
/// How a bidder sees a contest when choosing effort: as a Tullock-type contest in which its strength is
/// ln q = c + R·ln E and it wins with probability q / (q + Y). Exact for the Tullock rule and for the
/// scored rule with Gumbel noise; an approximation (matched variance) for normal noise.
/// </summary>
/// <param name="Exponent">R, the perceived decisiveness of effort (0 when effort does not count).</param>
/// <param name="LogScale">c, the part of ln q that merit gives.</param>
public readonly record struct PerceivedContest(double Exponent, double LogScale)
{
    /// <summary>Returns ln q for an effort E &gt; 0.</summary>
    public double LogStrength(double effort) => LogScale + (Exponent <= 0 ? 0.0 : Exponent * Math.Log(effort));
}
