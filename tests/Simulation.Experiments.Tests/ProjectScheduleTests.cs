using System.Text.Json.Nodes;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Tests.Scenarios;

namespace Simulation.Experiments.Tests;

/// <summary>A heading names a one-off competition by its year and a repeated one by how often it is held, since a repeated
/// project's win probability is that of winning at least once.</summary>
public sealed class ProjectScheduleTests
{
    [Fact]
    public void AOneOffCompetition_IsNamedByItsYear_AndARepeatedOneByItsYearsHeld()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Variant("repeated.json", d =>
        {
            var project = d["projects"]![0]!.AsObject();
            project["year"] = 2013;
            project["everyYears"] = 1;
        });
        var baseline = ScenarioLoader.Load(Repository.Scenario("baseline.json")).Model;
        var repeated = ScenarioLoader.Load(path).Model;

        Assert.Equal("2007, 1 winner", ProjectSchedule.Describe(baseline, baseline.Projects[0]));
        Assert.Equal([2013, 2014, 2015], ProjectSchedule.YearsHeld(repeated, repeated.Projects[0]));
        Assert.Equal("held 3 times, 2013–2015, 1 winner each; a win is at least one", ProjectSchedule.Describe(repeated, repeated.Projects[0]));
    }
}
