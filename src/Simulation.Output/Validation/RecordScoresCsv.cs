using Simulation.Experiments.Scoring;
using Simulation.Output.Csv;

namespace Simulation.Output.Validation;

/// <summary>
/// Writes <c>record_scores.csv</c>: one row per model and competition (and one <c>all</c> row per model, and one
/// <c>out_of_sample</c> row when the record declares competitions in sample: the others', those held to the record) with the
/// probability of the historical winners given the record before them, its log score and 95 % interval, and the Brier score.
/// </summary>
public static class RecordScoresCsv
{
    /// <summary>The file name inside a validation folder.</summary>
    public const string Name = "record_scores.csv";

    /// <summary>The <c>competition</c> of the row that scores the competitions out of sample together.</summary>
    public const string OutOfSample = RecordScoring.OutOfSample;

    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["model", "competition", "probability", "log_score", "log_low", "log_high", "brier", "effective_replications", "exact", "description"];

    /// <summary>Writes <paramref name="scores"/> to <paramref name="path"/>.</summary>
    public static void Write(string path, IReadOnlyList<RecordScore> scores)
    {
        using var csv = CsvSettings.Open(path);
        foreach (var column in Columns)
        {
            csv.WriteField(column);
        }
        csv.EndRecord();
        foreach (var score in scores)
        {
            foreach (var c in score.Competitions)
            {
                Row(csv, score, c.Project, c.Probability, c.LogScore, c.LogLow, c.LogHigh, c.Brier);
            }
            Row(csv, score, RecordScoring.AllCompetitions, Math.Exp(score.LogScore), score.LogScore, score.LogLow, score.LogHigh, double.NaN);
            if (score.OutOfSample is { } part)
            {
                Row(csv, score with { EffectiveReplications = double.NaN }, OutOfSample, Math.Exp(part.LogScore), part.LogScore, part.LogLow, part.LogHigh, double.NaN);
            }
        }
    }

    private static void Row(CsvHelper.CsvWriter csv, RecordScore score, string competition, double probability, double log, double low, double high, double brier)
    {
        csv.WriteField(score.Key);
        csv.WriteField(competition);
        CsvSettings.WriteDouble(csv, probability);
        CsvSettings.WriteDouble(csv, log);
        CsvSettings.WriteDouble(csv, low);
        CsvSettings.WriteDouble(csv, high);
        CsvSettings.WriteDouble(csv, brier);
        CsvSettings.WriteDouble(csv, score.EffectiveReplications);
        csv.WriteField(score.Exact ? "true" : "false");
        csv.WriteField(score.Model);
        csv.EndRecord();
    }
}
