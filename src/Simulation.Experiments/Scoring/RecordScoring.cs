using Simulation.Core;
using Simulation.Core.Regimes;
using Simulation.Experiments.Validation;

namespace Simulation.Experiments.Scoring;

/// <summary>
/// Scores the historical record under the model and, on the same footing, under the null models a skeptic would try
/// first: chance among the real bids, the model with its agents switched off, the model without the regimes' tilts (the
/// calls' own criteria), and each regime held throughout the horizon.
/// </summary>
public static class RecordScoring
{
    /// <summary>The model's key in reports.</summary>
    public const string ModelKey = "model";

    /// <summary>The agents-off null's key in reports.</summary>
    public const string AgentsOffKey = "agentsOff";

    /// <summary>The no-tilts null's key in reports.</summary>
    public const string TiltsOffKey = "tiltsOff";

    /// <summary>How validation's checks name the whole record (<c>score.record.vs_chance</c>), beside each project's id.</summary>
    public const string WholeRecord = "record";

    /// <summary>How the record's scores name the row of all its competitions, beside each project's id.</summary>
    public const string AllCompetitions = "all";

    /// <summary>How checks and score rows name the competitions no parameter was sized from, beside each project's id.</summary>
    public const string OutOfSample = "out_of_sample";

    /// <summary>Returns the scores: the model under its timeline first, then chance, the agents-off model, the model without
    /// regime tilts, and each regime throughout (keyed by the regime's id).</summary>
    /// <param name="scenario">The model.</param>
    /// <param name="record">The record, in the order the model holds it (<see cref="HistoricalRecord.Of"/>).</param>
    /// <param name="options">Replications, seed and threads of each estimate.</param>
    /// <param name="cancellationToken">Stops between blocks of replications.</param>
    public static IReadOnlyList<RecordScore> Run(Scenario scenario, IReadOnlyList<HistoricalCompetition> record, RunOptions options,
        CancellationToken cancellationToken = default)
    {
        var scores = new List<RecordScore>
        {
            RecordLikelihood.Estimate(scenario, record, RegimeMode.Timeline, options, ModelKey, "the model (historical timeline)", cancellationToken),
            ChanceModel.Score(scenario, record),
            RecordLikelihood.Estimate(AgentsOff.Of(scenario), record, RegimeMode.Timeline, options, AgentsOffKey,
                "agents off (merit and noise only)", cancellationToken),
            RecordLikelihood.Estimate(TiltsOff.Of(scenario), record, RegimeMode.Timeline, options, TiltsOffKey,
                "no regime tilts (the calls' own criteria)", cancellationToken),
        };
        for (var r = 0; r < scenario.Regimes.Count; r++)
        {
            var regime = scenario.Regimes[r];
            scores.Add(RecordLikelihood.Estimate(scenario, record, RegimeMode.Counterfactual(regime.Id, r), options, regime.Id,
                $"{regime.Name} throughout", cancellationToken));
        }
        return scores;
    }
}
