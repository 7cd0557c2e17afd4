using System.Text.Json.Serialization;

namespace Simulation.Output.Calibration;

/// <summary>
/// What a calibration folder's particles were drawn for (<c>calibration.manifest.json</c>): the scenario, seed, priors,
/// targets, replications per particle and the build of regsim that drew them. A re-run resumes only when all of these match;
/// the number of particles may grow, since particle i does not depend on how many there are.
/// </summary>
/// <param name="ToolVersion">Version of the tool that wrote the particles.</param>
/// <param name="Scenario">Scenario name.</param>
/// <param name="ScenarioFile">Scenario file as given.</param>
/// <param name="DocumentSha256">SHA-256 of the merged scenario document (so a change in a parent file is seen too).</param>
/// <param name="Seed">Master seed.</param>
/// <param name="ReplicationsPerParticle">Replications per particle.</param>
/// <param name="Parameters">Each uncertain parameter as <c>path ~ prior</c>, in order.</param>
/// <param name="Targets">Target names, in order.</param>
/// <param name="SourceRevision">The commit the tool was built from, so that particles drawn before and after a change of the
/// code under the same version number are not mixed in one posterior; null, and not written, when it is not known.</param>
/// <param name="CodeTree">Git's hash of the code the tool was built from (<see cref="BuildIdentity"/>): particles of the same
/// code are continued and gathered together whatever commit they came with; null, and not written, when it is not known.</param>
/// <param name="ParticlesCsvSha256">SHA-256 of the <c>particles.csv</c> a shard (<c>regsim calibrate --shard I/N</c>) finished
/// writing, recorded last, so that the gather refuses a shard whose particles were changed after it wrote them, and the shard
/// is not resumed from them; null, and not written, while a shard runs or after it stopped, in a calibration's own folder,
/// and in shards written before it was recorded. It says whether the file is as written, not whose particles they are, so
/// <see cref="Incompatibility"/> does not compare it.</param>
public sealed record CalibrationManifest(
    string ToolVersion,
    string Scenario,
    string ScenarioFile,
    string DocumentSha256,
    ulong Seed,
    int ReplicationsPerParticle,
    IReadOnlyList<string> Parameters,
    IReadOnlyList<string> Targets,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SourceRevision = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ParticlesCsvSha256 = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CodeTree = null)
{
    /// <summary>Returns why particles written under <paramref name="other"/> cannot be continued under this manifest, or null.</summary>
    public string? Incompatibility(CalibrationManifest other) =>
        other.DocumentSha256 != DocumentSha256
            ? $"it holds particles of another scenario: the document {other.ScenarioFile} makes with the files it extends had SHA-256 "
                + $"{other.DocumentSha256[..12]}… there, {DocumentSha256[..12]}… here (an edit of {other.ScenarioFile} or of any file it extends counts)"
        : other.ToolVersion != ToolVersion ? $"it was written by regsim {other.ToolVersion}, not {ToolVersion}"
        : BuildIdentity.Difference(other.SourceRevision, other.CodeTree, SourceRevision, CodeTree) is { } build ? build
        : other.Seed != Seed ? $"it was drawn with seed {other.Seed}, not {Seed}"
        : other.ReplicationsPerParticle != ReplicationsPerParticle ? $"it used {other.ReplicationsPerParticle} replications per particle, not {ReplicationsPerParticle}"
        : !other.Parameters.SequenceEqual(Parameters) ? "its priors differ"
        : !other.Targets.SequenceEqual(Targets) ? "its targets differ"
        : null;
}
