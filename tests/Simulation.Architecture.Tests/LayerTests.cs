using System.Reflection;
using NetArchTest.Rules;

namespace Simulation.Architecture.Tests;

/// <summary>
/// The arrows of docs/ARCHITECTURE.md as tests: every layer uses only the layers inside it, and the libraries of an outer
/// layer (plots, CSV, the web server, the terminal) never leak inward. A new project or reference that breaks an arrow fails
/// here, naming the types that do.
/// </summary>
public class LayerTests
{
    private static readonly Assembly Core = Assembly.Load("Simulation.Core");
    private static readonly Assembly Experiments = Assembly.Load("Simulation.Experiments");
    private static readonly Assembly Output = Assembly.Load("Simulation.Output");
    private static readonly Assembly Application = Assembly.Load("Simulation.Application");
    private static readonly Assembly Web = Assembly.Load("Simulation.Web");
    private static readonly Assembly Cli = Assembly.Load("regsim");

    // Namespaces (and libraries) that belong to a layer; a layer may use its own and those inside it.
    private const string ExperimentsLayer = "Simulation.Experiments";
    private const string OutputLayer = "Simulation.Output";
    private const string ApplicationLayer = "Simulation.Application";
    private const string WebLayer = "Simulation.Web";
    private const string CliLayer = "Simulation.Cli";
    private static readonly string[] OutputLibraries = ["CsvHelper", "ScottPlot", "SkiaSharp", "Parquet"];
    private static readonly string[] HostLibraries = ["Microsoft.AspNetCore", "Spectre.Console", "System.CommandLine", "Microsoft.Extensions.Hosting"];

    public static TheoryData<string, string[]> Rules() => new()
    {
        { "Simulation.Core", [ExperimentsLayer, OutputLayer, ApplicationLayer, WebLayer, CliLayer, "MathNet", "System.IO", "System.Net", "System.Console", .. OutputLibraries, .. HostLibraries] },
        { "Simulation.Experiments", [OutputLayer, ApplicationLayer, WebLayer, CliLayer, "System.Console", .. OutputLibraries, .. HostLibraries] },
        { "Simulation.Output", [ApplicationLayer, WebLayer, CliLayer, "System.Console", .. HostLibraries] },
        { "Simulation.Application", [WebLayer, CliLayer, "System.Console", .. HostLibraries] },
        { "Simulation.Web", [CliLayer, "System.Console", "Spectre.Console", "System.CommandLine"] },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Layer_UsesOnlyTheLayersInsideIt(string assembly, string[] forbidden)
    {
        var result = Types.InAssembly(Assembly.Load(assembly)).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();

        Assert.True(result.IsSuccessful, $"{assembly} uses what an outer layer owns ({string.Join(", ", forbidden)}): "
            + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void TheRulesCanFail_TheHostsDoUseTheOuterLibraries()
    {
        // A rule that passes for any assembly would prove nothing: the CLI does use the terminal and the web server its framework.
        Assert.False(Types.InAssembly(Cli).ShouldNot().HaveDependencyOnAny(["Spectre.Console"]).GetResult().IsSuccessful);
        Assert.False(Types.InAssembly(Web).ShouldNot().HaveDependencyOnAny(["Microsoft.AspNetCore"]).GetResult().IsSuccessful);
        Assert.False(Types.InAssembly(Output).ShouldNot().HaveDependencyOnAny(["ScottPlot"]).GetResult().IsSuccessful);
    }

    [Fact]
    public void BothHosts_RunScenariosThroughTheApplicationLayer()
    {
        // The CLI and the web server start runs through the use cases, not by calling the Monte Carlo runner themselves.
        foreach (var host in new[] { Cli, Web })
        {
            Assert.False(Types.InAssembly(host).ShouldNot().HaveDependencyOn("Simulation.Application.Runs").GetResult().IsSuccessful, host.GetName().Name);
            var direct = Types.InAssembly(host).ShouldNot().HaveDependencyOn("Simulation.Experiments.MonteCarlo").GetResult();
            Assert.True(direct.IsSuccessful, $"{host.GetName().Name} calls the Monte Carlo runner directly: " + string.Join(", ", direct.FailingTypeNames ?? []));
        }
    }

    [Fact]
    public void TheClassGame_KeepsItsRulesAndJournalInTheApplicationLayer_TheWebHostOnlyAnswersRequests()
    {
        // The web host reads requests and maps the game's refusals to problem details; it neither holds the database nor refuses
        // in HTTP terms from inside the game's rules (the application layer uses no web framework: the rules above).
        var database = Types.InAssembly(Web).ShouldNot().HaveDependencyOn("Microsoft.Data.Sqlite").GetResult();
        Assert.True(database.IsSuccessful, "the web host uses the game database itself: " + string.Join(", ", database.FailingTypeNames ?? []));
        Assert.False(Types.InAssembly(Application).ShouldNot().HaveDependencyOn("Microsoft.Data.Sqlite").GetResult().IsSuccessful);
        var rules = Types.InAssembly(Web).That().HaveNameStartingWith("ClassroomGame").Or().HaveNameStartingWith("TeamTable")
            .Or().HaveNameStartingWith("GameJournal").Or().HaveNameStartingWith("GameRegistry").GetTypes().Select(t => t.FullName).ToList();
        Assert.Empty(rules);
    }

    [Fact]
    public void CommandServices_HoldNoApplicationLogic_TheyUseNoLowerLayerWriters()
    {
        // Writing results, resuming and measuring belong to the use cases; the CLI's services only show what they return.
        var writers = new[] { "Simulation.Output.OutputDirectory", "Simulation.Output.ManifestWriter", "Simulation.Output.Calibration.ParticleFile",
            "Simulation.Output.Sweeps.SweepFile.OpenOrResume", "Simulation.Experiments.Benchmarks.SpeedBenchmark",
            "Simulation.Output.Batch.SlurmJobScripts",
            "Simulation.Experiments.Scenarios.ScenarioLoader", "Simulation.Experiments.Sweeps.ExperimentLoader" };
        var result = Types.InAssembly(Cli).That().HaveNameEndingWith("Service").Or().HaveNameEndingWith("Command")
            .ShouldNot().HaveDependencyOnAny(writers).GetResult();

        Assert.True(result.IsSuccessful, "CLI services doing a use case's work: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Types_AreNamedForWhatTheyAre_NotManagersHelpersOrUtilities()
    {
        var vague = new[] { Core, Experiments, Output, Application, Web, Cli }
            .SelectMany(a => Types.InAssembly(a).That().HaveNameEndingWith("Manager").Or().HaveNameEndingWith("Helper").Or().HaveNameEndingWith("Helpers")
                .Or().HaveNameEndingWith("Util").Or().HaveNameEndingWith("Utils").Or().HaveNameEndingWith("Utilities").GetTypes())
            .Where(t => !t.Name.StartsWith('<'))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(vague);
    }
}
