using Simulation.Experiments.Validation;

namespace Simulation.Output.Validation;

/// <summary>Writes a validation report into a folder: <c>validation.csv</c>, <c>validation.md</c> and, when
/// the scenario has a record, <c>record_scores.csv</c>.</summary>
public static class ValidationWriter
{
    /// <summary>The Markdown file name inside a validation folder.</summary>
    public const string MarkdownName = "validation.md";

    /// <summary>Every file <see cref="Write"/> may write, relative to its folder: what an earlier validation left there.</summary>
    public static IReadOnlyCollection<string> Files { get; } = [RecordScoresCsv.Name, ValidationCsv.Name, MarkdownName];

    /// <summary>Writes the files into <paramref name="directory"/> and returns them, relative, sorted.</summary>
    public static IReadOnlyList<string> Write(string directory, ValidationReport report, ValidationProvenance provenance)
    {
        ValidationCsv.Write(Path.Combine(directory, ValidationCsv.Name), report);
        File.WriteAllText(Path.Combine(directory, MarkdownName), ValidationMarkdown.Document(report, provenance), new System.Text.UTF8Encoding(false));
        if (report.Scores.Count == 0)
        {
            return [ValidationCsv.Name, MarkdownName];
        }
        RecordScoresCsv.Write(Path.Combine(directory, RecordScoresCsv.Name), report.Scores);
        return [RecordScoresCsv.Name, ValidationCsv.Name, MarkdownName];
    }
}
