namespace Simulation.Experiments.Scenarios;

/// <summary>Thrown when a scenario is rejected; lists every problem found, each with its file and JSON path.</summary>
public sealed class ScenarioException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public ScenarioException(IReadOnlyList<ScenarioProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception for a single problem.</summary>
    public ScenarioException(string file, string jsonPath, string message)
        : this([new ScenarioProblem(file, jsonPath, message)])
    {
    }

    /// <summary>Everything found wrong.</summary>
    public IReadOnlyList<ScenarioProblem> Problems { get; }

    private static string Describe(IReadOnlyList<ScenarioProblem> problems) =>
        problems.Count == 1
            ? $"Invalid scenario: {problems[0]}"
            : $"Invalid scenario ({problems.Count} problems):{Environment.NewLine}" + string.Join(Environment.NewLine, problems.Select(p => $"  {p}"));
}
