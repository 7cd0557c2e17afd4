using System.Text.Json.Serialization;
using Simulation.Experiments.Scenarios;

namespace Simulation.Output.Calibration;

/// <summary>
/// What produced a calibration's results (<c>manifest.json</c>, beside the particles' own <c>calibration.manifest.json</c>):
/// the tool and the commit it was built from, the scenario file with its SHA-256 and those of the files it extends, the
/// sampler and its settings, the posterior's effective sample size and evidence, and the files written. Its fields are named
/// as a run's manifest names the same things.
/// </summary>
/// <param name="ToolVersion">Version of the tool that wrote the results.</param>
/// <param name="ScenarioFile">Path of the scenario file as given.</param>
/// <param name="ScenarioSha256">Lower-case hex SHA-256 of the scenario file.</param>
/// <param name="ExtendsFiles">Files the scenario extends, each with its SHA-256, nearest parent first.</param>
/// <param name="Seed">Master seed.</param>
/// <param name="Particles">Particles in the posterior.</param>
/// <param name="ReplicationsPerParticle">Replications per particle.</param>
/// <param name="Sampler"><c>tempered</c> or <c>importance</c>.</param>
/// <param name="MovesPerStage">Metropolis–Hastings moves per tempering stage.</param>
/// <param name="Stages">Tempering stages run (0 for importance sampling).</param>
/// <param name="EffectiveSampleSize">The posterior's effective sample size.</param>
/// <param name="DistinctParticles">Distinct particles in the posterior sample.</param>
/// <param name="Warnings">What makes the results less than they seem, each a sentence (a posterior resting on too few draws,
/// <see cref="Simulation.Experiments.Calibration.PosteriorSupport"/>); empty when nothing does.</param>
/// <param name="LogEvidence">ln P(record) with the parameters uncertain.</param>
/// <param name="SbcRecords">Synthetic records of the simulation-based calibration (0: none).</param>
/// <param name="SbcParticles">Particles per synthetic record.</param>
/// <param name="PredictiveReplications">Replications of the predictive check.</param>
/// <param name="Threads">Worker threads (results do not depend on it).</param>
/// <param name="StartedUtc">Start time of this run (not of the particles it resumed or gathered), ISO 8601 UTC.</param>
/// <param name="WallTimeSeconds">Wall-clock time of this run, seconds.</param>
/// <param name="Files">Files of the results and the journal, relative to the folder.</param>
/// <param name="SourceRevision">The commit the tool was built from, or null (and not written) when it is not known. The
/// particles come from the same commit: a folder of particles drawn by another is not resumed.</param>
public sealed record PosteriorManifest(
    string ToolVersion,
    string ScenarioFile,
    string ScenarioSha256,
    IReadOnlyList<ScenarioFile> ExtendsFiles,
    ulong Seed,
    int Particles,
    int ReplicationsPerParticle,
    string Sampler,
    int MovesPerStage,
    int Stages,
    double EffectiveSampleSize,
    int DistinctParticles,
    IReadOnlyList<string> Warnings,
    double LogEvidence,
    int SbcRecords,
    int SbcParticles,
    int PredictiveReplications,
    int Threads,
    string StartedUtc,
    double WallTimeSeconds,
    IReadOnlyList<string> Files,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SourceRevision = null)
{
    /// <summary>The property only a calibration's manifest has: what tells an earlier calibration's folder from another command's.</summary>
    public const string Mark = "particles";
}
