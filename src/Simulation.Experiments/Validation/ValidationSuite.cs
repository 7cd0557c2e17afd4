using System.Text.Json.Nodes;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Scoring;
using Simulation.Experiments.Sweeps;

namespace Simulation.Experiments.Validation;

/// <summary>
/// The fixed set of checks behind <c>regsim validate</c>, in the order of docs/VALIDATION.md: contest theory (synthetic
/// contests against closed forms), history (paper §4.1), special districts (paper Table 3), the balanced-development fund
/// (paper §3.1) and the regime effects (paper Table 1).
/// </summary>
public static class ValidationSuite
{
    /// <summary>Returns the report of every check. The historical checks run on <paramref name="scenario"/> (normally the
    /// baseline); a scenario that lacks what a check needs gets a failed check naming it, not an exception; one without a
    /// record, or whose record or patterns it no longer fits (a what-if), gets their checks as not applicable, the reason in
    /// <see cref="ValidationReport.Unscored"/>; and one without counterfactual regimes gets the fund and regime checks as not
    /// applicable, the reason in their rules.</summary>
    /// <param name="scenario">The scenario to validate, with its merged document (for the counterfactual without the equity tilt).</param>
    /// <param name="options">Replications, seed and threads of the Monte Carlo checks.</param>
    /// <param name="stage">Told the name of each stage as it starts, for a progress display.</param>
    /// <param name="cancellationToken">Stops between replications.</param>
    /// <param name="leaveOneOut">When given, also predict each competition from a calibration on the others (<see cref="LeaveOneOutChecks"/>).</param>
    public static ValidationReport Run(LoadedScenario scenario, ValidationOptions options, Action<string>? stage = null, CancellationToken cancellationToken = default,
        LeaveOneOutPlan? leaveOneOut = null)
    {
        options.Validate();
        var model = scenario.Model;
        var checks = new List<ValidationCheck>();
        var warnings = new List<string>();

        stage?.Invoke("contest theory");
        checks.AddRange(ContestChecks.Run());
        checks.AddRange(ContestChecks.AtScenarioRounds(model.Behaviour));

        stage?.Invoke("history");
        var run = new RunOptions(options.Replications, options.Seed, options.Threads);
        HistoricalOutcomeCounter? counter = null;
        string? historyProblem = null;
        IReadOnlyList<HistoricalCompetition> record = [];
        try
        {
            record = HistoricalRecord.Of(scenario);
            counter = new HistoricalOutcomeCounter(model, record);
        }
        catch (ScenarioException e)
        {
            historyProblem = Misfit("record", e);
        }
        var contrast = RegimeContrast.From(model);
        var recorder = new RegimeRecorder(model, contrast.EquityMode, contrast.EfficiencyMode);
        var (patterns, patternProblem) = Patterns(scenario);
        var patternRecorder = new PatternRecorder(model, patterns);
        var observers = new List<IReplicationObserver> { recorder, patternRecorder };
        if (counter is not null)
        {
            observers.Add(counter);
        }
        var result = MonteCarlo.Run(model, run, observers, null, cancellationToken);
        checks.AddRange(counter is null
            // No record, or one a what-if no longer fits (a recorded winner dropped from the candidates): nothing to score the
            // model against, which says nothing about the model; the reason is the row's description.
            ? [new ValidationCheck("history", "history.missing", historyProblem!, double.NaN, double.NaN, double.NaN, double.NaN, CheckStatus.NotApplicable,
                "not applicable: the record's checks need the record of the historical competitions (the scenario's record entries), "
                + "of competitions the scenario can hold as they happened", "paper §4.1")]
            : HistoryChecks.Evaluate(model, result, counter));

        if (counter is not null && model.Projects.Where(p => record.All(c => c.Project != p.Id)).Select(p => p.Id).ToList() is { Count: > 0 } unrecorded)
        {
            // A project the record lacks (a hypothetical one) runs, but nothing scores it: said, not left to be noticed.
            checks.Add(new ValidationCheck("history", "history.unrecorded", $"projects without a record entry, run but not scored: {string.Join(", ", unrecorded)}",
                unrecorded.Count, double.NaN, double.NaN, double.NaN, CheckStatus.Info,
                "reported, not judged: add an entry to the scenario's record to score a competition", "scenario record"));
        }

        IReadOnlyList<RecordScore> scores = [];
        if (counter is not null)
        {
            stage?.Invoke("scoring the record");
            scores = RecordScoring.Run(model, record, run, cancellationToken);
            checks.AddRange(ScoreChecks.Evaluate(scores, record));
        }

        stage?.Invoke("patterns");
        if (patternProblem is not null)
        {
            checks.Add(new ValidationCheck("pattern", "pattern.invalid", patternProblem, double.NaN, double.NaN, double.NaN, double.NaN, CheckStatus.NotApplicable,
                "not applicable: the patterns' checks need patterns the scenario can produce (a graded region among the project's candidates)", "scenario patterns"));
        }
        else if (patterns.NoDesignation.Count + patterns.DesignationCounts.Count + patterns.Grades.Count > 0)
        {
            var chanceModel = ChanceScenario.Of(model);
            var chance = new PatternRecorder(chanceModel, patterns);
            MonteCarlo.Ensemble(chanceModel, run, [chance], null, cancellationToken);
            checks.AddRange(PatternChecks.Evaluate(model, patternRecorder, chance));
        }

        if (leaveOneOut is not null)
        {
            stage?.Invoke("leave one competition out");
            var (heldOut, thin) = LeaveOneOutChecks.Run(leaveOneOut, record, options, cancellationToken);
            checks.AddRange(heldOut);
            if (thin is not null)
            {
                warnings.Add(thin);
            }
        }

        stage?.Invoke("special districts");
        checks.AddRange(SpecialDistrictChecks.Run(model, patterns.Realisation, options, cancellationToken));

        // A scenario without counterfactuals (whether its timeline holds one regime or changes it) has no regime held over the
        // horizon to compare: the fund and regime checks say so themselves, as not applicable.
        stage?.Invoke("fund");
        checks.AddRange(FundChecks.Evaluate(model, contrast, result, options.Seed));

        stage?.Invoke("regime effects");
        // An equity-minded regime without an equity tilt has nothing to take away: its check is not applicable, and not run.
        var equityTilt = contrast.EquityTiltWeight(model);
        var (variant, problem) = equityTilt == 0 ? (null, null) : WithoutEquityTilt(scenario, contrast);
        RegimeRecorder? without = null;
        if (variant is not null)
        {
            without = new RegimeRecorder(variant.Model, contrast.EquityMode, contrast.EfficiencyMode);
            MonteCarlo.Run(variant.Model, run, [without], null, cancellationToken);
        }
        checks.AddRange(RegimeEffectChecks.Evaluate(contrast, recorder, without, problem, equityTilt));
        if (contrast.Roles(model) is { } roles)
        {
            checks.Add(roles);
        }
        if (counter is not null)
        {
            warnings.AddRange(HistoricalRecord.WiderFields(model, record));
        }
        if (contrast.ReversedWarning(model) is { } reversed)
        {
            warnings.Add(reversed);
        }
        var counted = record.Where(c => c.CountedAsValidation is not null).Select(c => InSampleStatus.Since(c.Project, c.CountedAsValidation!))
            .Concat(patterns.CountedAsValidation.Select(p => InSampleStatus.Since($"pattern {p.Id}", p.Why)));
        return new ValidationReport(model.Name, options, checks, scores, [.. new[] { historyProblem, patternProblem }.OfType<string>()], [.. counted], warnings);
    }

    private static (RecordPatterns Patterns, string? Problem) Patterns(LoadedScenario scenario)
    {
        try
        {
            return (RecordPatterns.Of(scenario), null);
        }
        catch (ScenarioException e)
        {
            return (RecordPatterns.None, Misfit("patterns", e));
        }
    }

    // Why the record or its patterns cannot score this scenario, in words: its names were checked on loading, so what is left
    // is a record the scenario does not fit (a what-if that drops a recorded winner's bid) or none at all.
    private static string Misfit(string what, ScenarioException e) =>
        $"the {what} cannot score this scenario: " + string.Join("; ", e.Problems.Select(p => $"{p.JsonPath}: {p.Message}"));

    // The scenario with the equity regime's equity tilt set to 0 and only that regime as a counterfactual (the check reads no other mode).
    private static (LoadedScenario? Scenario, string? Problem) WithoutEquityTilt(LoadedScenario scenario, RegimeContrast contrast)
    {
        if (contrast.EquityTilt is not { } tilt)
        {
            return (null, "the scenario has no counterfactual regime");
        }
        var document = (JsonObject)scenario.Document.DeepClone();
        try
        {
            ParameterPath.Parse(tilt).Write(document, 0.0);
        }
        catch (KeyNotFoundException e)
        {
            return (null, e.Message);
        }
        document["counterfactuals"] = new JsonArray(contrast.EquityMode);
        document.Remove("compared"); // its pair may name the regime left out
        try
        {
            return (ScenarioLoader.Parse(document.ToJsonString(), $"{scenario.File.Path} without the equity tilt"), null);
        }
        catch (ScenarioException e)
        {
            return (null, e.Message);
        }
    }
}
