namespace Simulation.Cli.Tests;

/// <summary>Fresh regsim result folders for <see cref="AnalysisKitTests"/>, each written by the real executable on first
/// use and deleted afterwards: a run of the smoke scenario, the same run as Parquet only, the smoke sweep and its first
/// of two shards, a sweep of an experiment of its own (a factor named like a metric's column, a metric plotted besides the
/// default two), a comparison of the two single-regime scenarios, a Morris study and a small calibration.</summary>
public sealed class AnalysisFolders : IDisposable
{
    private readonly string _root = Regsim.TempFolder();
    private readonly Lazy<string> _run;
    private readonly Lazy<string> _parquetRun;
    private readonly Lazy<string> _sweep;
    private readonly Lazy<string> _shard;
    private readonly Lazy<string> _oddSweep;
    private readonly Lazy<string> _lhsSweep;
    private readonly Lazy<string> _comparison;
    private readonly Lazy<string> _guideComparison;
    private readonly Lazy<string> _sameComparison;
    private readonly Lazy<string> _onePairComparison;
    private readonly Lazy<string> _study;
    private readonly Lazy<string> _sobolStudy;
    private readonly Lazy<string> _calibration;

    public AnalysisFolders()
    {
        _run = Make("run", "run", "scenarios/smoke.json", "--quiet");
        _parquetRun = Make("parquet-run", "run", "scenarios/smoke.json", "--format", "parquet", "--quiet");
        _sweep = Make("sweep", "sweep", "scenarios/experiments/smoke-sweep.json", "--quiet");
        _shard = Make("shard", "sweep", "scenarios/experiments/smoke-sweep.json", "--shard", "0/2", "--quiet");
        _oddSweep = new(() => Make("odd-sweep", "sweep", OddExperiment(), "--quiet").Value);
        _lhsSweep = new(() => Make("lhs-sweep", "sweep", LhsExperiment(), "--quiet").Value);
        _comparison = Make("comparison", "compare", "scenarios/roh-only.json", "scenarios/lee-only.json", "-n", "20", "--quiet");
        _sameComparison = Make("same-comparison", "compare", "scenarios/smoke.json", "scenarios/smoke.json", "-n", "20", "--quiet");
        _onePairComparison = Make("one-pair-comparison", "compare", "scenarios/roh-only.json", "scenarios/lee-only.json", "-n", "1", "--quiet");
        _guideComparison = Make("guide-comparison", "compare", "scenarios/roh-only.json", "scenarios/lee-only.json", "-n", "200", "--quiet");
        _study = Make("study", "sensitivity", "scenarios/experiments/smoke-sweep.json", "--method", "morris", "--trajectories", "4",
            "--bootstrap", "50", "--output", "rent_dissipation", "--output", "capital_region_share", "--quiet");
        _sobolStudy = Make("sobol-study", "sensitivity", "scenarios/experiments/smoke-sweep.json", "--method", "sobol", "--base-samples", "8", "--quiet");
        _calibration = Make("calibration", "calibrate", "scenarios/calibration.json", "--particles", "8", "--replications", "4",
            "--moves", "1", "--predictive-replications", "10", "--sbc-records", "0", "--quiet");
    }

    /// <summary><c>regsim sensitivity scenarios/experiments/smoke-sweep.json --method morris</c>, two outputs.</summary>
    public string Study => _study.Value;

    /// <summary><c>regsim sensitivity scenarios/experiments/smoke-sweep.json --method sobol --base-samples 8</c>, every output:
    /// some are the same at every point, and their indices are undefined (empty in sensitivity.csv).</summary>
    public string SobolStudy => _sobolStudy.Value;

    /// <summary>A small <c>regsim calibrate scenarios/calibration.json</c>.</summary>
    public string Calibration => _calibration.Value;

    /// <summary><c>regsim run scenarios/smoke.json</c> (20 replications, the scenario's seed), CSV tables.</summary>
    public string Run => _run.Value;

    /// <summary>The same run as <see cref="Run"/> written with <c>--format parquet</c>: no CSV tables.</summary>
    public string ParquetRun => _parquetRun.Value;

    /// <summary><c>regsim sweep scenarios/experiments/smoke-sweep.json</c>: a 2 × 3 grid of 20 replications per point.</summary>
    public string Sweep => _sweep.Value;

    /// <summary><c>regsim sweep scenarios/experiments/smoke-sweep.json --shard 0/2</c>: the sweep's even points.</summary>
    public string Shard => _shard.Value;

    /// <summary>A sweep of a 2 × 2 grid of 20 replications per point whose first factor is named <c>equity_mean</c>, as the
    /// mean of a metric <c>equity</c> would be (the experiment schema allows it; no metric has that name), and whose
    /// experiment plots <c>capital_region_share</c> besides the Gini and rent dissipation.</summary>
    public string OddSweep => _oddSweep.Value;

    /// <summary>A Latin hypercube of 12 points, 10 replications each, over two factors with ranges [0, 1] and [0.2, 0.8]:
    /// its points cover less than the declared ranges, which is what main effects are binned over.</summary>
    public string LhsSweep => _lhsSweep.Value;

    /// <summary><c>regsim compare scenarios/smoke.json scenarios/smoke.json -n 20</c>: nothing differs.</summary>
    public string SameComparison => _sameComparison.Value;

    /// <summary><c>regsim compare scenarios/roh-only.json scenarios/lee-only.json -n 1</c>: one pair, so every interval is
    /// empty.</summary>
    public string OnePairComparison => _onePairComparison.Value;

    /// <summary><c>regsim compare scenarios/roh-only.json scenarios/lee-only.json -n 20</c>.</summary>
    public string Comparison => _comparison.Value;

    /// <summary>The comparison of <c>docs/analysis.md</c>'s worked example: the same with <c>-n 200</c>.</summary>
    public string GuideComparison => _guideComparison.Value;

    /// <summary>A new empty folder under the fixture's root.</summary>
    public string Empty(string name) => Directory.CreateDirectory(Path.Combine(_root, name)).FullName;

    /// <summary>A copy of a result folder's files (not its subfolders, such as plots), to edit.</summary>
    public string CopyOf(string folder, string name)
    {
        var copy = Empty(name);
        foreach (var file in Directory.GetFiles(folder))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }
        return copy;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    // The experiment of OddSweep, written into the fixture's root; returns its path.
    private string OddExperiment() =>
        Experiment("odd-sweep", new
        {
            name = "odd-sweep",
            scenario = Path.Combine(Regsim.Root, "scenarios", "baseline.json"),
            seed = 11,
            replicationsPerPoint = 20,
            design = new { kind = "grid", levelsPerFactor = 2 },
            factors = new[]
            {
                new { name = "equity_mean", parameter = "regimes[lee].tilt[equity].weight", min = 0, max = 1 },
                new { name = "lee_alignment", parameter = "regimes[lee].tilt[alignment].weight", min = 0, max = 1 },
            },
            plots = new[] { "gini_resources_per_capita", "rent_dissipation", "capital_region_share" },
        });

    // The experiment of LhsSweep, written into the fixture's root; returns its path.
    private string LhsExperiment() =>
        Experiment("lhs-sweep", new
        {
            name = "lhs-sweep",
            scenario = Path.Combine(Regsim.Root, "scenarios", "baseline.json"),
            seed = 5,
            replicationsPerPoint = 10,
            design = new { kind = "latinHypercube", points = 12 },
            factors = new[]
            {
                new { name = "lee_equity", parameter = "regimes[lee].tilt[equity].weight", min = 0.0, max = 1.0 },
                new { name = "lee_alignment", parameter = "regimes[lee].tilt[alignment].weight", min = 0.2, max = 0.8 },
            },
        });

    // Writes an experiment file named after the experiment into the fixture's root; returns its path.
    private string Experiment(string name, object experiment)
    {
        var path = Path.Combine(_root, $"{name}.json");
        File.WriteAllText(path, System.Text.Json.JsonSerializer.Serialize(experiment));
        return path;
    }

    private Lazy<string> Make(string name, params string[] args) => new(() =>
    {
        var folder = Path.Combine(_root, name);
        var (code, _, error) = Regsim.Run([.. args, "--out", folder]);
        Assert.True(code == 0, $"regsim {string.Join(' ', args)} failed: {error}");
        return folder;
    });
}
