using System.Globalization;
using Simulation.Experiments.Calibration;

namespace Simulation.Experiments.Validation;

/// <summary>
/// Out of sample: each recorded competition predicted by the model calibrated (tempered sequential Monte Carlo, as
/// <c>regsim calibrate</c>) on the other competitions alone, beside the priors alone and chance among the real bids. Reported,
/// not judged: each figure is one Monte Carlo estimate without an interval.
/// </summary>
public static class LeaveOneOutChecks
{
    /// <summary>The group of these checks in the report.</summary>
    public const string Group = "leaveOneOut";

    /// <summary>Returns one check per competition and one for their sum, and a warning when a held-out fit rests on fewer
    /// effective draws than a posterior's summaries need (<see cref="PosteriorSupport.MinimumDraws"/>). A competition that
    /// <paramref name="record"/> (the validated scenario's) declares in sample gives a row of that kind, as its other rows
    /// are, and so does the sum that includes it: predicted from the others, its winners still informed inputs of the model.</summary>
    public static (IReadOnlyList<ValidationCheck> Checks, string? Warning) Run(LeaveOneOutPlan plan, IReadOnlyList<HistoricalCompetition> record,
        ValidationOptions options, CancellationToken cancellationToken)
    {
        var calibration = RecordCalibration.Create(plan.Priors,
            new CalibrationSettings(plan.Particles, plan.ReplicationsPerParticle, options.Seed, 1));
        var particles = new List<Particle>(plan.Particles);
        calibration.Run([.. Enumerable.Range(0, plan.Particles)], options.Threads, particles.Add, cancellationToken);
        var rows = calibration.LeaveOneOut(particles, options.Threads, cancellationToken);
        var source = $"record; priors of {plan.Priors.File.Path}";
        var criterion = "reported, not judged (one Monte Carlo estimate, no interval); expected: chance among the real bids";
        ValidationCheck Marked(ValidationCheck check, string project) =>
            record.FirstOrDefault(h => h.Project == project) is { } competition ? HistoryChecks.Marked(check, competition) : check;
        var checks = rows.Select(r => Marked(new ValidationCheck(Group, $"loo.{r.Competition}",
            $"ln P({r.Competition}'s historical winners) under the model calibrated on the other competitions only ({plan.Particles} particles × {plan.ReplicationsPerParticle} replications, effective sample size {G(r.EffectiveSampleSize)}; priors alone: {G(r.Prior)})",
            r.Chance, r.HeldOut, double.NaN, double.NaN, CheckStatus.Info, criterion, source), r.Competition)).ToList();
        var inSample = record.Where(h => h.InSample is not null && rows.Any(r => r.Competition == h.Project)).Select(h => h.Project).ToList();
        checks.Add(new ValidationCheck(Group, "loo.total",
            $"sum over the competitions, each predicted from the others (priors alone: {G(rows.Sum(r => r.Prior))})",
            rows.Sum(r => r.Chance), rows.Sum(r => r.HeldOut), double.NaN, double.NaN, CheckStatus.Info, criterion, source,
            inSample.Count == 0 ? CheckKind.Validation : CheckKind.InSample,
            inSample.Count == 0 ? string.Empty : $"in sample: includes {string.Join(", ", inSample)}, declared in sample; "));
        // As calibrate warns of a thin posterior: a held-out prediction from a fit of a few effective draws is those draws'.
        var thin = rows.Where(r => !(r.EffectiveSampleSize >= PosteriorSupport.MinimumDraws)).ToList();
        var warning = thin.Count == 0 ? null
            : $"the held-out predictions of {string.Join(", ", thin.Select(r => $"{r.Competition} (effective sample size {G(r.EffectiveSampleSize)})"))} rest on "
                + $"fewer than {PosteriorSupport.MinimumDraws} effective draws, so their loo rows describe those few draws rather than a posterior; raise --loo-particles.";
        return (checks, warning);
    }

    private static string G(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);
}
