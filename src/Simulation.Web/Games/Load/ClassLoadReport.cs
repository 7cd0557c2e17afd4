
namespace Simulation.Web.Games.Load;

/// <summary>What a simulated class measured: how long a proposal took to be acknowledged and how long the teacher's "judge"
/// took to reach every student's page, as medians and 95th percentiles over every proposal and every page.</summary>
/// <param name="Students">Students who played.</param>
/// <param name="Teams">Regions they played, in teams.</param>
/// <param name="Rounds">Rounds played.</param>
/// <param name="Proposals">Proposals acknowledged.</param>
/// <param name="DecisionMedianMs">Median time from sending a proposal to its acknowledgement, ms.</param>
/// <param name="DecisionP95Ms">95th percentile of the same, ms.</param>
/// <param name="JudgeMedianMs">Median time from the teacher's judge request to a student's page receiving the result, ms.</param>
/// <param name="JudgeP95Ms">95th percentile of the same, ms.</param>
public sealed record ClassLoadReport(int Students, int Teams, int Rounds, int Proposals, double DecisionMedianMs, double DecisionP95Ms,
    double JudgeMedianMs, double JudgeP95Ms);
