namespace Simulation.Experiments.Scenarios;

/// <summary>Thrown when a scenario is rejected; lists every problem found, each with its file and JSON path.</summary>
public sealed class ScenarioException : Exception
{
    /// <summary>Creates the exception from the problems found in a file of kind <paramref name="kind"/>.</summary>
    public ScenarioException(IReadOnlyList<ScenarioProblem> problems, DocumentKind kind = DocumentKind.Scenario)
        : base(Describe(problems, kind))
    {
        Problems = problems;
        Kind = kind;
    }

    /// <summary>Creates the exception for a single problem.</summary>
    public ScenarioException(string file, string jsonPath, string message, DocumentKind kind = DocumentKind.Scenario)
        : this([new ScenarioProblem(file, jsonPath, message)], kind)
    {
    }

    /// <summary>What kind of file was rejected.</summary>
    public DocumentKind Kind { get; }

    /// <summary>Everything found wrong.</summary>
    public IReadOnlyList<ScenarioProblem> Problems { get; }

    private static string Describe(IReadOnlyList<ScenarioProblem> problems, DocumentKind kind) =>
        problems.Count == 1
            ? $"Invalid {Noun(kind)}: {problems[0]}"
            : $"Invalid {Noun(kind)} ({problems.Count} problems):{Environment.NewLine}" + string.Join(Environment.NewLine, problems.Select(p => $"  {p}"));

    private static string Noun(DocumentKind kind) => kind == DocumentKind.Experiment ? "experiment" : "scenario";
}
