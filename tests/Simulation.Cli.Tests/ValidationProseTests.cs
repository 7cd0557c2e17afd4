using System.Globalization;
using System.Text.RegularExpressions;

namespace Simulation.Cli.Tests;

/// <summary>The figures docs/VALIDATION.md's prose quotes, held to the tables the same file's generated blocks give and to
/// the what-ifs it names: the tables are regenerated from the code, the prose is not, so this notices when they part.</summary>
public sealed partial class ValidationProseTests : IDisposable
{
    private readonly string _temp = Regsim.TempFolder();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static string Document() =>
        Whitespace().Replace(File.ReadAllText(Path.Combine(Regsim.Root, "docs", "VALIDATION.md")), " ");

    // One model's ln P of the whole record and of the competitions judged out of sample, from the generated scores table,
    // rounded as the prose rounds them (one decimal, the minus sign typeset).
    private static (string Record, string OutOfSample) Scores(string document, string model)
    {
        var row = Regex.Match(document, $@"\| {Regex.Escape(model)} \|[^|]*\|[^|]*\|[^|]*\| \*\*(?<record>-?[\d.]+)\*\* \|[^|]*\| \*\*(?<oos>-?[\d.]+)\*\* \|");
        Assert.True(row.Success, $"the scores table has no row for '{model}'");
        static string Rounded(string value) =>
            double.Parse(value, CultureInfo.InvariantCulture).ToString("0.0", CultureInfo.InvariantCulture).Replace('-', '−');
        return (Rounded(row.Groups["record"].Value), Rounded(row.Groups["oos"].Value));
    }

    [Fact]
    public void TheProsesReadingOfTheScores_QuotesTheGeneratedTable()
    {
        var document = Document();
        var model = Scores(document, "the model (historical timeline)");
        var chance = Scores(document, "chance among the real bids");
        var agentsOff = Scores(document, "agents off (merit and noise only)");
        var tiltsOff = Scores(document, "no regime tilts (the calls' own criteria)");
        var leeThroughout = Scores(document, "Regionalized concentration (Lee era) throughout");

        Assert.Contains($"winners about {model.OutOfSample} against {chance.OutOfSample})", document, StringComparison.Ordinal);
        Assert.Contains($"in sample, beat chance (about {model.Record} against {chance.Record})", document, StringComparison.Ordinal);
        Assert.Contains($"out-of-sample competitions better (about {agentsOff.OutOfSample}) and the whole record better (about {agentsOff.Record})",
            document, StringComparison.Ordinal);
        Assert.Contains($"better still (about {tiltsOff.OutOfSample}, the nearest any model here comes to chance)", document, StringComparison.Ordinal);
        Assert.Contains($"the whole record too (about {tiltsOff.Record} against the full model's {model.Record})", document, StringComparison.Ordinal);
        Assert.Contains($"(about {leeThroughout.OutOfSample} against {model.OutOfSample}, a likelihood ratio", document, StringComparison.Ordinal);
    }

    [Fact]
    public void TheInnovationCitiesEarlierCoding_StillFailsItsPattern_AsTheDocumentSays()
    {
        var document = Document();
        Assert.Contains("left it out with probability about 0.026, three times *less* often than chance", document, StringComparison.Ordinal);
        Assert.Contains("the pattern fails again, and the headline reads 0 of 3", document, StringComparison.Ordinal);

        var (code, stdout, stderr) = Regsim.Run("validate", "scenarios/innovation-cities-chungnam-eligible.json", "--replications", "4000",
            "--out", _temp, "-q");

        Assert.True(code == 4, stdout + stderr);
        Assert.Contains("Validation: 0 of 3 validation checks pass", stdout, StringComparison.Ordinal);
        var row = File.ReadAllLines(Path.Combine(_temp, "validation.csv")).Single(l => l.StartsWith("pattern.innovationCityExclusions,", StringComparison.Ordinal))
            .Split(',');
        Assert.Equal(1.0 / 12, double.Parse(row[1], CultureInfo.InvariantCulture), 4);
        Assert.InRange(double.Parse(row[2], CultureInfo.InvariantCulture), 0.018, 0.034);
        Assert.Equal("fail", row[5]);
    }

    [Fact]
    public void TheLeeTiltsOffWhatIf_GivesTheFiguresTheDocumentQuotes()
    {
        var (code, stdout, stderr) = Regsim.Run("validate", "scenarios/lee-tilts-off.json", "--out", _temp, "-q");

        Assert.True(code == 4, stdout + stderr);
        var rows = File.ReadAllLines(Path.Combine(_temp, "validation.csv")).Select(l => l.Split(',')).ToDictionary(r => r[0], r => r[2]);
        string Rounded(string check, string format) =>
            double.Parse(rows[check], CultureInfo.InvariantCulture).ToString(format, CultureInfo.InvariantCulture).Replace('-', '−');
        Assert.Contains($"Daegu's chance falls to about {Rounded("history.medicalComplex.daegu.win_probability", "0.0")}, "
            + $"Chungbuk's doubles (to about {Rounded("history.medicalComplex.chungbuk.win_probability", "0.00")}), "
            + $"the grades' τ-b drops to about {Rounded("pattern.medicalComplexGrades", "0.00")} (still above chance) "
            + $"and ln P for the Medical Complex to about {Rounded("score.medicalComplex.vs_chance", "0.0")}", Document(), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
