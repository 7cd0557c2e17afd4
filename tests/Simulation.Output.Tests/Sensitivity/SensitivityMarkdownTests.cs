using Simulation.Core.Regimes;
using Simulation.Experiments.Calibration;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sensitivity;
using Simulation.Output.Sensitivity;
using Simulation.Output.Validation;
using Simulation.Tests.Shared;

namespace Simulation.Output.Tests.Sensitivity;

public class SensitivityMarkdownTests
{
    private static readonly LoadedScenario Baseline = ScenarioLoader.Load(Path.Combine(SmokeRun.RepoRoot(), "scenarios", "baseline.json"));

    private static readonly SensitivityProvenance Provenance = new("regsim sensitivity --priors b.json --method morris", "9.9.9",
        [new ScenarioFile("b.json", "0123456789abcdef0123"), new ScenarioFile("scenarios/baseline.json", "fedcba9876543210fedc")]);

    [Fact]
    public void Block_IsTheSameForTheSameSeed_WhateverTheThreads()
    {
        var document = ChosenPriors.Only(Baseline.Document,
            ("regions[gyeongbuk].values.fiscalSelfReliance", ChosenPriors.Uniform(0, 100)),
            ("regions[seoul].values.grdpPerCapita", ChosenPriors.Uniform(18, 19)));
        var screening = PriorScreening.Create(ScenarioLoader.Parse(document.ToJsonString(), "two.json"), 30, 5);
        var settings = new SensitivitySettings(SensitivityMethod.Morris, ["win_robotLand_incheon", "gini_resources_per_capita"], "timeline", 3, 4, 8, 50, 5);

        var one = SensitivityMarkdown.Block(Provenance, screening, settings, SensitivityStudy.Run(screening.Experiment, settings, threads: 1), Reads(screening));
        var two = SensitivityMarkdown.Block(Provenance, screening, settings, SensitivityStudy.Run(screening.Experiment, settings, threads: 2), Reads(screening));

        Assert.Equal(one, two);
        Assert.Contains("`regions[gyeongbuk].values.fiscalSelfReliance`", one);
        Assert.Contains("seed 5", one);
        Assert.Contains("on `b.json` (SHA-256 `0123456789ab…`), which extends `scenarios/baseline.json` (SHA-256 `fedcba987654…`): 2 priors,", one);
        Assert.DoesNotContain("thread", one, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Block_RanksTheTopTenByMuStar_AndNamesThePriorsThatAreNegligibleEverywhere()
    {
        var screening = PriorScreening.Create(Baseline, 10, 1);
        var reads = Reads(screening);
        var names = screening.Priors.Select(p => p.Path.Text).ToList();
        // μ* rises with the prior's position, except the first three, which do nothing; the placebos (the baseline's container
        // volumes, which the model does not read) are given a μ* too, as if they moved the output, to show they are not ranked.
        double MuStar(int i) => i < 3 ? 0 : i;
        var rows = names.SelectMany((f, i) => new[]
        {
            new SensitivityRow(SensitivityMethod.Morris, "capital_region_share", "timeline", f, SensitivityIndex.MuStar, MuStar(i), i, i + 1),
            new SensitivityRow(SensitivityMethod.Morris, "capital_region_share", "timeline", f, SensitivityIndex.Mu, -i, double.NaN, double.NaN),
            new SensitivityRow(SensitivityMethod.Morris, "capital_region_share", "timeline", f, SensitivityIndex.Sigma, 0.5, double.NaN, double.NaN),
        }).ToList();
        var settings = new SensitivitySettings(SensitivityMethod.Morris, ["capital_region_share"], "timeline", 10, 4, 8, 100, 1);

        var block = SensitivityMarkdown.Block(Provenance, screening, settings, rows, reads);

        var read = names.Select((n, i) => (n, i)).Where(x => reads.IsRead(x.i)).ToList();
        var placebos = names.Count - read.Count;
        Assert.True(placebos > 0, "the baseline's container volumes are placebos");
        var table = block.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| rank", StringComparison.Ordinal)).ToList();
        Assert.Equal(SensitivityMarkdown.Top, table.Count);
        Assert.StartsWith($"| 1 | `{read[^1].n}` |", table[0]);
        Assert.StartsWith($"| 10 | `{read[^10].n}` |", table[9]);
        Assert.DoesNotContain(table, l => l.Contains("containerTeu2006", StringComparison.Ordinal));
        Assert.Contains(reads.Sentence(n => $"`{n}`"), block);
        Assert.Contains("the historical timeline", block);
        // Negligible: μ* at most 5 % of the largest, among the priors the model reads: the three that do nothing and any small one.
        var negligible = read.Where(x => MuStar(x.i) <= 0.05 * MuStar(read[^1].i)).Select(x => x.n).ToList();
        Assert.True(negligible.Count >= 3, string.Join(", ", negligible));
        Assert.Contains($"{negligible.Count} of the {read.Count} priors the model reads are negligible for this output", block);
        Assert.Contains($"Negligible for every output above** (μ* at most 5 % of each output's largest): {string.Join(", ", negligible.Select(n => $"`{n}`"))}; "
            + $"besides them, the {placebos} placebos above, which the model does not read.", block);
    }

    [Fact]
    public void Block_SaysThatIndexWeightsFrom0_AreScreenedOverTheirCentral95Percent_WhenThereAreAny()
    {
        var settings = new SensitivitySettings(SensitivityMethod.Morris, ["capital_region_share"], "timeline", 2, 4, 8, 0, 1);
        string Block(params (string Path, System.Text.Json.Nodes.JsonObject Prior)[] priors)
        {
            var screening = PriorScreening.Create(ScenarioLoader.Parse(ChosenPriors.Only(Baseline.Document, priors).ToJsonString(), "p.json"), 1, 1);
            var rows = screening.Priors.SelectMany(p => new[] { SensitivityIndex.MuStar, SensitivityIndex.Mu, SensitivityIndex.Sigma }
                .Select(index => new SensitivityRow(SensitivityMethod.Morris, "capital_region_share", "timeline", p.Path.Text, index, 1, 0.5, 1.5))).ToList();
            return SensitivityMarkdown.Block(Provenance, screening, settings, rows, Reads(screening));
        }

        var weights = Block(("indices[gateway].components[0].weight", ChosenPriors.Uniform(0, 1)), ("regions[seoul].values.grdpPerCapita", ChosenPriors.Uniform(18, 19)));
        var values = Block(("regions[seoul].values.grdpPerCapita", ChosenPriors.Uniform(18, 19)));

        const string Clause = "a normal one, and a uniform one on an index's component weight from 0, from its 2.5 % to its 97.5 % quantile";
        Assert.Contains(Clause, weights);
        Assert.DoesNotContain(Clause, values);
        Assert.Contains("a normal one from its 2.5 % to its 97.5 % quantile", values);
    }

    private static PriorReads Reads(PriorScreening screening) => PriorReads.Of(screening.Experiment.Scenario, screening.Priors, RegimeMode.Timeline);

    [Fact]
    public void Writing_TheBlock_ReplacesOnlyIt_AndTwiceGivesTheSameBytes()
    {
        using var folder = new TempFolder();
        var path = folder.File("VALIDATION.md");
        var prose = "# Validation\n\nProse.\n\n";
        var validate = $"{MarkdownSection.Begin("validate")}\nchecks\n{MarkdownSection.End("validate")}\n";
        File.WriteAllText(path, $"{prose}{validate}\n## Morris\n\nText.\n\n<!-- sensitivity:begin -->\n<!-- sensitivity:end -->\n\nAfter.\n");

        MarkdownSection.Write(path, SensitivityMarkdown.Section, "ranked priors", SensitivityMarkdown.Title);
        var first = File.ReadAllBytes(path);
        MarkdownSection.Write(path, SensitivityMarkdown.Section, "ranked priors", SensitivityMarkdown.Title);

        Assert.Equal(first, File.ReadAllBytes(path));
        Assert.Equal($"{prose}{validate}\n## Morris\n\nText.\n\n{MarkdownSection.Begin("sensitivity")}\nranked priors\n{MarkdownSection.End("sensitivity")}\n\nAfter.\n",
            File.ReadAllText(path));
    }
}
