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

        var one = SensitivityMarkdown.Block(Provenance, screening, settings, SensitivityStudy.Run(screening.Experiment, settings, threads: 1));
        var two = SensitivityMarkdown.Block(Provenance, screening, settings, SensitivityStudy.Run(screening.Experiment, settings, threads: 2));

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
        var names = screening.Priors.Select(p => p.Path.Text).ToList();
        // μ* rises with the prior's position, except the first three, which do nothing.
        var rows = names.SelectMany((f, i) => new[]
        {
            new SensitivityRow(SensitivityMethod.Morris, "capital_region_share", "timeline", f, SensitivityIndex.MuStar, i < 3 ? 0 : i, i, i + 1),
            new SensitivityRow(SensitivityMethod.Morris, "capital_region_share", "timeline", f, SensitivityIndex.Mu, -i, double.NaN, double.NaN),
            new SensitivityRow(SensitivityMethod.Morris, "capital_region_share", "timeline", f, SensitivityIndex.Sigma, 0.5, double.NaN, double.NaN),
        }).ToList();
        var settings = new SensitivitySettings(SensitivityMethod.Morris, ["capital_region_share"], "timeline", 10, 4, 8, 100, 1);

        var block = SensitivityMarkdown.Block(Provenance, screening, settings, rows);

        var table = block.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| rank", StringComparison.Ordinal)).ToList();
        Assert.Equal(SensitivityMarkdown.Top, table.Count);
        Assert.StartsWith($"| 1 | `{names[^1]}` |", table[0]);
        Assert.StartsWith($"| 10 | `{names[^10]}` |", table[9]);
        Assert.Contains("the historical timeline", block);
        // Negligible: μ* at most 5 % of the largest (the last prior's, names.Count − 1): the three that do nothing and any small one.
        var negligible = names.Where((_, i) => (i < 3 ? 0 : i) <= 0.05 * (names.Count - 1)).ToList();
        Assert.True(negligible.Count >= 3, string.Join(", ", negligible));
        Assert.Contains($"Negligible for every output above** (μ* at most 5 % of each output's largest): {string.Join(", ", negligible.Select(n => $"`{n}`"))}.", block);
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
            return SensitivityMarkdown.Block(Provenance, screening, settings, rows);
        }

        var weights = Block(("indices[gateway].components[0].weight", ChosenPriors.Uniform(0, 1)), ("regions[seoul].values.grdpPerCapita", ChosenPriors.Uniform(18, 19)));
        var values = Block(("regions[seoul].values.grdpPerCapita", ChosenPriors.Uniform(18, 19)));

        const string Clause = "a normal one, and a uniform one on an index's component weight from 0, from its 2.5 % to its 97.5 % quantile";
        Assert.Contains(Clause, weights);
        Assert.DoesNotContain(Clause, values);
        Assert.Contains("a normal one from its 2.5 % to its 97.5 % quantile", values);
    }

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
