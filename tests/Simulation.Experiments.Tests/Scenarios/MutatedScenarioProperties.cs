using System.Text.Json.Nodes;
using CsCheck;
using Simulation.Experiments.Scenarios;
using Simulation.Tests.Shared;

namespace Simulation.Experiments.Tests.Scenarios;

/// <summary>
/// Property: whatever a few random changes do to the baseline scenario (wrong types, extreme or non-integer numbers,
/// missing items, repeated list elements), <see cref="ScenarioLoader.Load"/> either loads it or throws a
/// <see cref="ScenarioException"/> whose every problem names the file and a JSON path; no other exception escapes.
/// The seed is fixed so that CI sees the same mutants every run.
/// </summary>
public sealed class MutatedScenarioProperties : IDisposable
{
    /// <summary>The seed of the mutants (CsCheck's format); a failure prints the seed of the smallest failing case.</summary>
    public const string Seed = "0N0XIzNsQ0O2";

    private readonly string _folder = Directory.CreateTempSubdirectory("regsim-mutants-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void MutatedBaseline_LoadsOrIsRejectedByPath()
    {
        var baseline = JsonNode.Parse(File.ReadAllText(Repository.Scenario("baseline.json")))!;
        var rejected = 0;

        JsonMutants.For(baseline).Sample(mutations =>
        {
            var path = Path.Combine(_folder, "mutant.json");
            File.WriteAllText(path, JsonMutants.Apply(baseline, mutations).ToJsonString());
            try
            {
                ScenarioLoader.Load(path);
            }
            catch (ScenarioException e)
            {
                rejected++;
                MutantAssert.NamesFileAndPath(e, path);
            }
        }, seed: Seed, iter: 300, threads: 1, print: JsonMutants.Describe);

        Assert.True(rejected > 150, $"only {rejected} of 300 mutants were rejected: the mutations no longer reach the loader's checks");
    }
}
