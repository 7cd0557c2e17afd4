using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Validation;
using Simulation.Output.Validation;

namespace Simulation.Output.Tests.Validation;

public class ValidationWriterTests
{
    private static readonly ValidationReport Report = new("baseline", new ValidationOptions(100, 7, 2),
    [
        new("contest", "contest.a", "effort, with a | pipe", 18.75, 18.7, 18.6, 18.8, CheckStatus.Pass, "within 2 %", "Tullock (1980)", CheckKind.Verification),
        new("history", "history.b", "rank", 2, 3, 1, 4, CheckStatus.Fail, "rank ≤ 2", "paper §4.1"),
        new("history", "history.c", "probability", 7.6e-5, double.NaN, double.NaN, double.NaN, CheckStatus.Info, "not judged", "paper §4.1"),
    ],
    [
        new("model", "the model", [new("maglev", 0.5, Math.Log(0.5), Math.Log(0.45), Math.Log(0.55), 0.375)], Math.Log(0.5), Math.Log(0.45), Math.Log(0.55), 812.5, true),
        new("chance", "chance among the real bids", [new("maglev", 0.25, Math.Log(0.25), Math.Log(0.25), Math.Log(0.25), 0.75)], Math.Log(0.25), Math.Log(0.25), Math.Log(0.25), double.NaN, true),
    ]);

    private static readonly ValidationProvenance Provenance = new("regsim validate --replications 100 --seed 7", "0.1.0",
        [new ScenarioFile("scenarios/baseline.json", "0123456789abcdef0123")]);

    [Fact]
    public void Csv_HasTheDocumentedColumns_AndOneRowPerCheck()
    {
        using var folder = new TempFolder();

        ValidationWriter.Write(folder.Path, Report, Provenance);

        var lines = File.ReadAllLines(folder.File(ValidationCsv.Name));
        Assert.Equal("check,expected,simulated,ci_low,ci_high,pass,group,description,criterion,source,kind", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("contest.a,18.75,18.7,18.6,18.8,pass,contest,", lines[1]);
        Assert.StartsWith("history.b,2,3,1,4,fail,", lines[2]);
        Assert.StartsWith("history.c,7.6E-05,,,,info,", lines[3]);
        Assert.EndsWith(",verification", lines[1]);
        Assert.EndsWith(",validation", lines[2]);
    }

    [Fact]
    public void RecordScores_HaveTheDocumentedColumns_AndARowPerModelAndCompetition_PlusTheWholeRecord()
    {
        using var folder = new TempFolder();

        var files = ValidationWriter.Write(folder.Path, Report, Provenance);

        Assert.Contains(RecordScoresCsv.Name, files);
        var lines = File.ReadAllLines(folder.File(RecordScoresCsv.Name));
        Assert.Equal("model,competition,probability,log_score,log_low,log_high,brier,effective_replications,exact,description", lines[0]);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("model,maglev,0.5,", lines[1]);
        Assert.StartsWith("model,all,0.5,", lines[2]);
        Assert.StartsWith("chance,maglev,0.25,", lines[3]);
        Assert.EndsWith(",,true,chance among the real bids", lines[4]);
    }

    [Fact]
    public void Markdown_TabulatesTheRecordsScores_OneRowPerModel()
    {
        var text = ValidationMarkdown.Document(Report, Provenance);

        Assert.Contains("### Scoring the record", text);
        Assert.Contains("| model | `maglev` | ln P(record) | interval |", text);
        Assert.Contains("| the model | -0.6931 (0.375) | **-0.6931** | [-0.7985, -0.5978] |", text);
        Assert.Contains("| chance among the real bids | -1.386 (0.75) | **-1.386** | [-1.386, -1.386] |", text);
    }

    [Fact]
    public void Markdown_GivesTheVerdict_TheProvenance_AndATablePerGroup()
    {
        var text = ValidationMarkdown.Document(Report, Provenance);

        Assert.StartsWith(ValidationMarkdown.Title, text);
        Assert.Contains("`regsim validate --replications 100 --seed 7`", text);
        Assert.Contains("**0 of 1 validation checks pass; 1 fail:** `history.b`. Besides, 1 of 1 verification checks of the code pass (judged, but not counted as validation).", text);
        Assert.Contains("### Contest theory (verification)", text);
        Assert.Contains("### History (paper §4.1), for context", text);
        Assert.DoesNotContain("### Fund", text);
        Assert.Contains("| `contest.a` | effort, with a \\| pipe | 18.75 | 18.7 | [18.6, 18.8] | pass | within 2 % |", text);
        Assert.Contains("| `history.c` | probability | 7.6E-5 | – | – | *info* |", text);
        Assert.Contains(MarkdownSection.End(ValidationMarkdown.Section), text);
    }

    [Fact]
    public void Markdown_NamesTheScenarioWithItsHash_AsBeforeWhenItExtendsNothing()
    {
        var text = ValidationMarkdown.Block(Report, Provenance);

        Assert.StartsWith("Produced by `regsim validate --replications 100 --seed 7` (regsim 0.1.0) on `scenarios/baseline.json` (SHA-256 "
            + "`0123456789ab…`), 100 replications per Monte Carlo check, seed 7.\n\n", text);
    }

    [Fact]
    public void Markdown_NamesEachFileTheScenarioExtends_AndTheScenarioTheOutOfSampleChecksCalibrate_WithTheirHashes()
    {
        var provenance = Provenance with
        {
            ScenarioFiles = [new("what-if.json", new string('a', 64)), new("scenarios/smoke.json", new string('b', 64)), new("scenarios/baseline.json", new string('c', 64))],
            LeaveOneOutFiles = [new("scenarios/calibration.json", new string('d', 64)), new("scenarios/baseline.json", new string('c', 64))],
        };

        var first = ValidationMarkdown.Block(Report, provenance).Split('\n')[0];

        Assert.Equal("Produced by `regsim validate --replications 100 --seed 7` (regsim 0.1.0) on `what-if.json` (SHA-256 `aaaaaaaaaaaa…`), "
            + "which extends `scenarios/smoke.json` (SHA-256 `bbbbbbbbbbbb…`), which extends `scenarios/baseline.json` (SHA-256 `cccccccccccc…`), "
            + "100 replications per Monte Carlo check, seed 7; the held-out checks calibrate the priors of `scenarios/calibration.json` "
            + "(SHA-256 `dddddddddddd…`), which extends `scenarios/baseline.json` (SHA-256 `cccccccccccc…`).", first);
        // A parent edited, the scenario's own file as it was: the block says so.
        var edited = provenance with { ScenarioFiles = [provenance.ScenarioFiles[0], provenance.ScenarioFiles[1], new("scenarios/baseline.json", new string('e', 64))] };
        Assert.NotEqual(first, ValidationMarkdown.Block(Report, edited).Split('\n')[0]);
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(123111.4, "123,111")]
    [InlineData(0.3333333, "0.3333")]
    [InlineData(-0.0209, "-0.0209")]
    [InlineData(7.631e-5, "7.631E-5")]
    [InlineData(double.NaN, "–")]
    public void Numbers_AreShortAndInvariant(double value, string text)
    {
        Assert.Equal(text, MarkdownNumber.Format(value));
    }
}
