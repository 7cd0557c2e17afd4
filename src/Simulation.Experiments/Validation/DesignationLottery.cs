using Simulation.Core;

namespace Simulation.Experiments.Validation;

/// <summary>
/// The chance, computed rather than drawn, that a programme choosing its sites by lot leaves out exactly a given set of
/// regions: every other region it could designate gets at least one designation, those of the set none. By lot, as
/// <see cref="ChanceScenario"/> runs it, each designation goes to one of the eligible regions still below their cap, all
/// equally likely, and the year's draws stop once every region is full; the programme designates in each of its years
/// that the timeline's regime runs it. Eleven sites of one each among twelve regions: exactly 1 in 12 for any given region
/// left out (the baseline's Innovation Cities have as many sites as eligible regions, so none is left out).
/// </summary>
/// <remarks>The designations are followed one at a time over how many regions stand at each number of designations, per
/// cap (regions with the same cap are alike to a lot), which keeps the count small for the record's programmes. A programme
/// with many designations and high caps (special districts) has too many such states; there, and where the designations
/// are not drawn at all (a discretion of 0 gives the best site), there is no exact figure and chance is estimated by
/// drawing.</remarks>
public static class DesignationLottery
{
    /// <summary>The most states followed at one step before the exact figure is given up.</summary>
    public const int MostStates = 20_000;

    /// <summary>Returns how many designations <paramref name="programme"/> makes over <paramref name="scenario"/>'s timeline
    /// (in each of its years that the regime in force runs it), at most: fewer when every region is full.</summary>
    public static int Designations(Scenario scenario, int programme)
    {
        var spec = scenario.Programmes[programme];
        var perYear = Math.Max(0, (int)Math.Round(spec.DesignationsPerYear, MidpointRounding.AwayFromZero));
        var timeline = scenario.Timeline;
        return perYear * spec.Years.Distinct().Count(y => y >= timeline.FirstYear && y <= timeline.LastYear
            && scenario.Regimes[timeline.RegimeAt(y)].Programmes.Contains(programme));
    }

    /// <summary>Returns the probability that designations by lot leave out exactly <paramref name="leftOut"/> (region indices)
    /// of the regions <paramref name="programme"/> could designate, or null when it cannot be computed exactly (a discretion
    /// of 0, or more than <see cref="MostStates"/> states).</summary>
    public static double? LeaveOutProbability(Scenario scenario, int programme, IReadOnlyList<int> leftOut)
    {
        var spec = scenario.Programmes[programme];
        if (spec.Discretion <= 0)
        {
            return null; // no lot: the best site, the first on ties
        }
        var caps = Enumerable.Range(0, scenario.Regions.Count).Select(spec.CapOf).ToArray();
        // The regions left out stay open throughout, since a designation to one of them ends the pattern.
        var openLeftOut = leftOut.Distinct().Count(r => caps[r] > 0);
        var others = Enumerable.Range(0, caps.Length).Where(r => caps[r] > 0 && !leftOut.Contains(r)).Select(r => caps[r]).ToList();
        var classes = others.Distinct().Order().ToArray();
        // A state counts, for each cap and each number of designations below it, the other regions that have that many; a
        // region that reaches its cap leaves the count. Slot offsets[k] + l is cap classes[k] at l designations.
        var offsets = new int[classes.Length];
        var slots = 0;
        for (var k = 0; k < classes.Length; k++)
        {
            offsets[k] = slots;
            slots += classes[k];
        }
        var start = new byte[slots];
        for (var k = 0; k < classes.Length; k++)
        {
            start[offsets[k]] = (byte)others.Count(c => c == classes[k]);
        }
        var states = new Dictionary<State, double> { [new State(start)] = 1.0 };
        var draws = Designations(scenario, programme);
        for (var d = 0; d < draws && states.Count > 0; d++)
        {
            var next = new Dictionary<State, double>();
            foreach (var (state, p) in states)
            {
                var open = openLeftOut + state.Open;
                if (open == 0)
                {
                    Add(next, state, p); // every region full: the draws stop
                    continue;
                }
                for (var k = 0; k < classes.Length; k++)
                {
                    for (var l = 0; l < classes[k]; l++)
                    {
                        var n = state.Counts[offsets[k] + l];
                        if (n > 0)
                        {
                            Add(next, state.Designate(offsets[k] + l, l + 1 < classes[k]), p * n / open);
                        }
                    }
                }
                // A designation to a region left out (probability openLeftOut / open) breaks the pattern: not carried on.
                if (next.Count > MostStates)
                {
                    return null;
                }
            }
            states = next;
        }
        return states.Where(s => offsets.All(o => s.Key.Counts[o] == 0)).Sum(s => s.Value);
    }

    private static void Add(Dictionary<State, double> states, State state, double p) =>
        states[state] = states.GetValueOrDefault(state) + p;

    // How many regions stand at each slot; equal when the counts are.
    private sealed class State(byte[] counts) : IEquatable<State>
    {
        private readonly int _hash = counts.Aggregate(17, (h, c) => (h * 31) + c);

        public byte[] Counts { get; } = counts;

        public int Open { get; } = counts.Sum(c => c);

        // One more designation to a region at the given slot: it moves to the next slot, or leaves the count once full.
        public State Designate(int slot, bool staysOpen)
        {
            var counts = (byte[])Counts.Clone();
            counts[slot]--;
            if (staysOpen)
            {
                counts[slot + 1]++;
            }
            return new State(counts);
        }

        public bool Equals(State? other) => other is not null && Counts.AsSpan().SequenceEqual(other.Counts);

        public override bool Equals(object? obj) => Equals(obj as State);

        public override int GetHashCode() => _hash;
    }
}
