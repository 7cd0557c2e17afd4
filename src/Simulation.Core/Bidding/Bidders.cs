using Simulation.Core.Agents;
using Simulation.Core.Regions;

namespace Simulation.Core.Bidding;

/// <summary>
/// Who may bid in a model's competitions and how they behave: the same for every competition of a model, so it is given to
/// a <see cref="Competition"/> once, when it is built.
/// </summary>
/// <param name="Governments">Every regional government, in scenario order (at most 64).</param>
/// <param name="Partnerships">The partnerships that may bid jointly, in scenario order.</param>
/// <param name="Behaviour">The governments' behaviour.</param>
public sealed record Bidders(RegionalGovernment[] Governments, IReadOnlyList<Partnership> Partnerships, Behaviour Behaviour);
