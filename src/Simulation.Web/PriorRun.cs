using Simulation.Experiments.Narration;

namespace Simulation.Web;

/// <summary>The run a page asked a new run to be compared with.</summary>
/// <param name="Snapshot">Its settings and main results; null when the server no longer keeps them (restarted, or more than
/// <see cref="RunRegistry.KeptSnapshots"/> runs ago).</param>
public sealed record PriorRun(RunSnapshot? Snapshot);
