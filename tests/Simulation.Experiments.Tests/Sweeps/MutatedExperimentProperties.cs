using System.Text.Json.Nodes;
using CsCheck;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sweeps;
using Simulation.Experiments.Tests.Scenarios;
using Simulation.Tests.Shared;

namespace Simulation.Experiments.Tests.Sweeps;

/// <summary>
/// Property: whatever a few random changes do to an example experiment, <see cref="ExperimentLoader.Load"/> either loads
/// it or throws a <see cref="ScenarioException"/> whose every problem names the experiment (or the scenario it sweeps)
/// and a JSON path. Fewer mutants than for scenarios: each load also builds the scenario at every factor's ends.
/// </summary>
public sealed class MutatedExperimentProperties : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("regsim-experiment-mutants-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("smoke-sweep.json", 120)]
    [InlineData("lee-weights.json", 60)]
    public void MutatedExperiment_LoadsOrIsRejectedByPath(string name, int mutants)
    {
        var scenario = Path.Combine(_folder, "baseline.json");
        File.Copy(Repository.Scenario("baseline.json"), scenario, overwrite: true);
        var experiment = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "scenarios", "experiments", name)))!;
        experiment["scenario"] = "baseline.json";
        var rejected = 0;

        JsonMutants.For(experiment).Sample(mutations =>
        {
            var path = Path.Combine(_folder, name);
            File.WriteAllText(path, JsonMutants.Apply(experiment, mutations).ToJsonString());
            try
            {
                ExperimentLoader.Load(path);
            }
            catch (ScenarioException e)
            {
                rejected++;
                MutantAssert.NamesFileAndPath(e, path, scenario);
            }
        }, seed: MutatedScenarioProperties.Seed, iter: mutants, threads: 1, print: JsonMutants.Describe);

        Assert.True(rejected > mutants / 2, $"only {rejected} of {mutants} mutants were rejected: the mutations no longer reach the loader's checks");
    }
}
