using Simulation.Experiments.Validation;

namespace Simulation.Output.Validation;

/// <summary>Writes a validation report into a folder: <c>validation.csv</c> and <c>validation.md</c>.</summary>
public static class ValidationWriter
{
    /// <summary>The Markdown file name inside a validation folder.</summary>
    public const string MarkdownName = "validation.md";

    /// <summary>Writes the files into <paramref name="directory"/> and returns them, relative, sorted.</summary>
    public static IReadOnlyList<string> Write(string directory, ValidationReport report, ValidationProvenance provenance)
    {
        ValidationCsv.Write(Path.Combine(directory, ValidationCsv.Name), report);
        File.WriteAllText(Path.Combine(directory, MarkdownName), ValidationMarkdown.Document(report, provenance), new System.Text.UTF8Encoding(false));
        return [ValidationCsv.Name, MarkdownName];
    }
}
