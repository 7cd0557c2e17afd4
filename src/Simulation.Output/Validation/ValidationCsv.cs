using Simulation.Experiments.Validation;
using Simulation.Output.Csv;

namespace Simulation.Output.Validation;

/// <summary>
/// Writes <c>validation.csv</c>: one row per check, columns <c>check, expected, simulated, ci_low, ci_high, pass</c>
/// (<c>pass</c>, <c>fail</c> or <c>info</c>), then <c>group, description, criterion, source</c>, so the file reads on its own, and <c>kind</c>
/// (<c>validation</c>, <c>verification</c> of the code, or <c>input</c> restated).
/// </summary>
public static class ValidationCsv
{
    /// <summary>The file name inside a validation folder.</summary>
    public const string Name = "validation.csv";

    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["check", "expected", "simulated", "ci_low", "ci_high", "pass", "group", "description", "criterion", "source", "kind"];

    /// <summary>Writes the report's checks to <paramref name="path"/>.</summary>
    public static void Write(string path, ValidationReport report)
    {
        using var csv = CsvSettings.Open(path);
        foreach (var column in Columns)
        {
            csv.WriteField(column);
        }
        csv.EndRecord();
        foreach (var check in report.Checks)
        {
            csv.WriteField(check.Name);
            CsvSettings.WriteDouble(csv, check.Expected);
            CsvSettings.WriteDouble(csv, check.Simulated);
            CsvSettings.WriteDouble(csv, check.CiLow);
            CsvSettings.WriteDouble(csv, check.CiHigh);
            csv.WriteField(Verdict(check.Status));
            csv.WriteField(check.Group);
            csv.WriteField(check.Description);
            csv.WriteField(check.NoteAndCriterion);
            csv.WriteField(check.Source);
            csv.WriteField(Kind(check.Kind));
            csv.EndRecord();
        }
    }

    /// <summary>Returns the word written for a kind: <c>validation</c>, <c>verification</c>, <c>input</c> or <c>in-sample</c>.</summary>
    public static string Kind(CheckKind kind) => kind switch
    {
        CheckKind.Verification => "verification",
        CheckKind.Input => "input",
        CheckKind.InSample => "in-sample",
        _ => "validation",
    };

    /// <summary>Returns the word written for a status: <c>pass</c>, <c>fail</c>, <c>not applicable</c> or <c>info</c>.</summary>
    public static string Verdict(CheckStatus status) => status switch
    {
        CheckStatus.Pass => "pass",
        CheckStatus.Fail => "fail",
        CheckStatus.NotApplicable => "not applicable",
        _ => "info",
    };
}
