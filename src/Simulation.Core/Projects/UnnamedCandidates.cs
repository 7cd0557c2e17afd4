namespace Simulation.Core.Projects;

/// <summary>
/// Bidders the record counts but does not name (Robot Land had ten bids, nine of them named): in every replication
/// <paramref name="Count"/> of the regions in <paramref name="Among"/> are drawn, each set equally likely, to be candidates
/// beside the named ones, so that what is not known is averaged over rather than guessed.
/// </summary>
/// <param name="Count">How many unnamed candidates a competition has (≥ 1, at most the pool's size).</param>
/// <param name="Among">Region indices the unnamed candidates may be, none of them named.</param>
public sealed record UnnamedCandidates(int Count, IReadOnlyList<int> Among);
