using Simulation.Core.Projects;

namespace Simulation.Experiments.Games;

/// <summary>
/// The candidates a player's brief counts before the round is played: the named ones (every region when none is named)
/// and, of a project's unnamed candidates, the played regions of the pool, which are candidates whatever the draw, and as
/// many more as the draw may add. So the brief neither counts every region of the pool nor leaves the unnamed bidders out.
/// </summary>
internal static class RoundCandidates
{
    /// <summary>Returns the regions certain to be candidates and the most candidates the round can have.</summary>
    public static (IReadOnlyList<int> Certain, int Most) Of(NationalProject project, int regions, IReadOnlySet<int> played)
    {
        if (project.Candidates.Count == 0)
        {
            return ([.. Enumerable.Range(0, regions)], regions);
        }
        if (project.Unnamed is not { } unnamed)
        {
            return (project.Candidates, project.Candidates.Count);
        }
        var playedInPool = unnamed.Among.Where(played.Contains).ToList();
        return ([.. project.Candidates, .. playedInPool], project.Candidates.Count + Math.Min(unnamed.Among.Count, unnamed.Count + playedInPool.Count));
    }
}
