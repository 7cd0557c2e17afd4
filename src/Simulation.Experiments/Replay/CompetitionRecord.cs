namespace Simulation.Experiments.Replay;

/// <summary>One competition of a replayed replication: who could bid, who did, with what effort, who won and why.</summary>
/// <param name="Project">Project id.</param>
/// <param name="ProjectName">Project name.</param>
/// <param name="Year">Year of the selection.</param>
/// <param name="Regime">Id of the regime that judged it.</param>
/// <param name="Winners">Number of winning bids the project has.</param>
/// <param name="Candidates">Ids of the regions that were candidates in this competition, in region order (of a project's unnamed candidates, those drawn).</param>
/// <param name="Bids">The bids that entered, strongest chance first.</param>
/// <param name="Why">Plain sentences on why the winners won.</param>
public sealed record CompetitionRecord(string Project, string ProjectName, int Year, string Regime, int Winners,
    IReadOnlyList<string> Candidates, IReadOnlyList<BidRecord> Bids, IReadOnlyList<string> Why);
