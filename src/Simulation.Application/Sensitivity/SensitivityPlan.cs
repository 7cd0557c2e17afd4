using Simulation.Experiments.Sensitivity;
using Simulation.Experiments.Sweeps;

namespace Simulation.Application.Sensitivity;

/// <summary>A sensitivity study as a request describes it, checked before anything runs: so that a batch job's scripts are
/// written only for a study that can run, and into the folder the study itself would use.</summary>
/// <param name="Experiment">The experiment whose factors are studied (a scenario's priors made into one, for a screening).</param>
/// <param name="Screening">The screening of a scenario's priors, or null for an experiment file.</param>
/// <param name="Settings">The method, outputs, regime mode and design.</param>
/// <param name="Folder">The study's folder: the request's, or <c>output/&lt;experiment&gt;-&lt;method&gt;/</c>.</param>
/// <param name="Points">Design points of the study.</param>
public sealed record SensitivityPlan(Experiment Experiment, PriorScreening? Screening, SensitivitySettings Settings, string Folder, int Points);
