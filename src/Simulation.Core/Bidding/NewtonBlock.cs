using System.Runtime.Intrinsics;
using Simulation.Core.Numerics;

namespace Simulation.Core.Bidding;

/// <summary>
/// Eight best-response problems (<see cref="BestResponse"/>) solved in lockstep, one lane each: every Newton iteration costs
/// one vector exponential and one vector logarithm for all eight, and a lane that has converged or failed stops moving
/// while the others go on. Lane by lane this is exactly the scalar iteration the class documents.
/// </summary>
internal static class NewtonBlock
{
    private const double MaxIterations = 60;

    /// <summary>Solves the eight problems and returns each lane's best effort, with its V·p(E) − E in <paramref name="payoff"/>.</summary>
    public static Vector512<double> Solve(Vector512<double> valuation, Vector512<double> exponent, Vector512<double> logScale,
        Vector512<double> logRivals, Vector512<double> floor, Vector512<double> cap, out Vector512<double> payoff)
    {
        var zero = Vector512<double>.Zero;
        var one = Vector512<double>.One;
        floor = Vector512.Max(floor, Vector512.Create(1e-9) * Vector512.Max(valuation, one));
        var noRival = Vector512.Equals(logRivals, Vector512.Create(double.NegativeInfinity));
        var trivial = Vector512.LessThanOrEqual(exponent, zero) | Vector512.LessThanOrEqual(valuation, zero) | noRival
            | Vector512.LessThanOrEqual(cap, floor);
        var lowest = BatchMath.Log(floor);
        var logVr = BatchMath.Log(valuation * exponent);
        var u = logVr - Vector512.Create(BestResponse.LogFour);
        var running = ~trivial & Vector512.GreaterThan(u, lowest);
        var found = zero;
        var shareAtU = Vector512.Create(double.NaN);
        var iteration = zero;
        while (running.ExtractMostSignificantBits() != 0)
        {
            // Lanes that have stopped keep clean values, so that no NaN or infinity slows the vector functions down.
            var x = Vector512.ConditionalSelect(running, logScale + (exponent * u) - logRivals, zero);
            var distance = Vector512.Abs(x);
            var t = BatchMath.Exp(-distance);
            var share = Vector512.ConditionalSelect(Vector512.GreaterThanOrEqual(x, zero), one / (one + t), t / (one + t));
            var g = logVr - distance - (Vector512.Create(2.0) * BatchMath.Log(one + t)) - u;
            var slope = (exponent * (one - (Vector512.Create(2.0) * share))) - one;
            var atRoot = running & Vector512.LessThan(Vector512.Abs(g), Vector512.Create(1e-12));
            var pastMaximum = running & ~atRoot & Vector512.GreaterThanOrEqual(slope, zero); // no interior optimum
            var stepping = running & ~atRoot & ~pastMaximum;
            var step = g / slope;
            u = Vector512.ConditionalSelect(stepping, u - step, u);
            shareAtU = Vector512.ConditionalSelect(atRoot, share, shareAtU);
            var settled = stepping & Vector512.LessThan(Vector512.Abs(step), Vector512.Create(BestResponse.StepTolerance));
            iteration += Vector512.ConditionalSelect(stepping & ~settled, one, zero);
            var exhausted = stepping & ~settled
                & (Vector512.GreaterThanOrEqual(iteration, Vector512.Create(MaxIterations)) | ~Vector512.GreaterThan(u, lowest));
            found |= atRoot | settled;
            running &= ~(atRoot | pastMaximum | settled | exhausted);
        }
        return Finish(valuation, exponent, logScale, logRivals, floor, cap, trivial, found, lowest, u, shareAtU, out payoff);
    }

    // The effort: the root if it pays at least as much as the floor (capped), else the floor; a trivial lane bids its floor.
    private static Vector512<double> Finish(Vector512<double> valuation, Vector512<double> exponent, Vector512<double> logScale,
        Vector512<double> logRivals, Vector512<double> floor, Vector512<double> cap, Vector512<double> trivial, Vector512<double> found,
        Vector512<double> lowest, Vector512<double> u, Vector512<double> shareAtU, out Vector512<double> payoff)
    {
        var zero = Vector512<double>.Zero;
        var one = Vector512<double>.One;
        // At the floor: V·p(floor) − floor (V − floor when there is no rival; no effort term when R ≤ 0). Lanes whose value
        // is not used get clean arguments, so that no infinity slows the vector functions down.
        var noRival = Vector512.Equals(logRivals, Vector512.Create(double.NegativeInfinity));
        var floorTerm = Vector512.ConditionalSelect(Vector512.LessThanOrEqual(exponent, zero), zero, exponent * lowest);
        var floorShare = BatchMath.Logistic(Vector512.ConditionalSelect(noRival, zero, logScale + floorTerm - logRivals));
        var atFloor = Vector512.ConditionalSelect(noRival, valuation - floor, (valuation * floorShare) - floor);

        var usable = ~trivial & found;
        u = Vector512.ConditionalSelect(usable, u, zero);
        var effort = BatchMath.Exp(u);
        var capped = usable & Vector512.GreaterThan(effort, cap);
        var atU = Vector512.ConditionalSelect(Vector512.IsNaN(shareAtU),
            BatchMath.Logistic(Vector512.ConditionalSelect(usable, logScale + (exponent * u) - logRivals, zero)), shareAtU);
        var logCap = BatchMath.Log(Vector512.ConditionalSelect(capped, cap, one));
        var atCap = BatchMath.Logistic(Vector512.ConditionalSelect(capped, logScale + (exponent * logCap) - logRivals, zero));
        var share = Vector512.ConditionalSelect(capped, atCap, atU);
        effort = Vector512.ConditionalSelect(capped, cap, effort);
        var atEffort = (valuation * share) - effort;

        var interior = usable & Vector512.GreaterThan(u, lowest) & Vector512.GreaterThanOrEqual(atEffort, atFloor);
        payoff = Vector512.ConditionalSelect(interior, atEffort, atFloor);
        return Vector512.ConditionalSelect(interior, effort, floor);
    }
}
