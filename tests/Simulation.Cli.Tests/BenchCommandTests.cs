using System.Globalization;
using System.Text.Json;

namespace Simulation.Cli.Tests;

/// <summary>The <c>bench</c> command runs and reports every figure (not a timing test: only that the figures exist, are
/// positive and lie within their runs' range), and the <c>run --no-outcomes</c> its memory probes use records its peak memory.</summary>
public sealed class BenchCommandTests : IDisposable
{
    private readonly string _temp = Regsim.TempFolder();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void QuickBench_PrintsEveryRow_WithPositiveFigures()
    {
        var csv = Path.Combine(_temp, "bench.csv");

        var (code, stdout, stderr) = Regsim.Run("bench", "--quick", "--replications", "2000", "--sweep-points", "5", "--particles", "4", "--runs", "2", "--out", csv);

        Assert.True(code == 0, stderr);
        foreach (var row in new[] { "replications/s, 1 thread", "threads (all cores)", "parallel efficiency", "independent 1-thread runs at once",
            "machine scaling", "parallel efficiency against independent runs", "design points/s (200 replications each)",
            "calibration particles/s (50 replications each)", "peak memory, 10^4 replications", "peak memory, 10^5 replications" })
        {
            Assert.Contains(row, stdout);
        }
        Assert.DoesNotContain("peak memory, 10^6", stdout);

        var rows = File.ReadAllLines(csv);
        Assert.Contains("median and range of 2 runs", stdout);
        Assert.Equal("measure,replications,threads,runs,value,min,max,unit", rows[0]);
        var measures = rows.Skip(1).Select(r => r.Split(',')).ToList();
        Assert.Equal(["replications_per_second", "replications_per_second", "parallel_efficiency", "independent_replications_per_second",
            "machine_scaling", "efficiency_against_independent_runs", "design_points_per_second",
            "calibration_particles_per_second", "peak_working_set", "wall_time", "peak_working_set", "wall_time"], measures.Select(m => m[0]));
        Assert.All(measures, m =>
        {
            var (value, low, high) = (Number(m[4]), Number(m[5]), Number(m[6]));
            Assert.True(value > 0 && low <= value && value <= high, string.Join(",", m));
            Assert.Equal(m[0] is "peak_working_set" or "wall_time" ? "1" : "2", m[3]);
        });
        Assert.Equal(["10000", "100000"], measures.Where(m => m[0] == "peak_working_set").Select(m => m[1]));
    }

    [Fact]
    public void Bench_AgainstAnEarlierTable_ShowsEachFigureBesideIt()
    {
        var earlier = Path.Combine(_temp, "earlier.csv");
        File.WriteAllText(earlier, "measure,replications,threads,runs,value,min,max,unit\n" +
            "replications_per_second,1000,1,3,1,1,1,replications/s\n" + // absurdly slow: now is far faster, the ranges apart
            "design_points_per_second,200,1,3,5,5,5,points/s\n" + // at one thread: no figure of this machine's cores matches it
            "peak_working_set,10000,1,1,100,100,100,MiB\n"); // neither is one...
        var cores = Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture);
        File.AppendAllText(earlier, $"peak_working_set,10000,{cores},1,100,100,100,MiB\n"); // ...but this one is: a single run each

        var (code, stdout, stderr) = Regsim.Run("bench", "--quick", "--replications", "1000", "--sweep-points", "2", "--particles", "2", "--runs", "2",
            "--against", earlier);

        Assert.True(code == 0, stderr);
        Assert.Contains("now ÷ before", stdout);
        var first = stdout.Split('\n').Single(l => l.Contains("replications/s, 1 thread"));
        Assert.Contains("apart", first);
        Assert.Contains("no earlier figure", stdout.Split('\n').Single(l => l.Contains("design points/s")));
        Assert.Contains("one run", stdout.Split('\n').Single(l => l.Contains("peak memory, 10^4")));
        var ratio = Number(first.Split('│', StringSplitOptions.TrimEntries)[^3]);
        Assert.True(ratio > 1, first); // the earlier figure was 1 replication/s
    }

    [Theory]
    [InlineData("missing.csv", null, "does not exist")]
    [InlineData("foreign.csv", "metric,regime,count\ngini,timeline,3\n", "is not a regsim bench table")]
    public void Bench_AgainstAFileThatIsNotAnEarlierTable_FailsBeforeMeasuring(string name, string? text, string expected)
    {
        var earlier = Path.Combine(_temp, name);
        if (text is not null)
        {
            File.WriteAllText(earlier, text);
        }
        var csv = Path.Combine(_temp, "not-written.csv");

        var (code, _, stderr) = Regsim.Run("bench", "--quick", "--against", earlier, "--out", csv);

        Assert.Equal(1, code);
        Assert.Contains(earlier, stderr);
        Assert.Contains(expected, stderr);
        Assert.False(File.Exists(csv));
    }

    [Fact]
    public void Bench_OutThatIsAFolder_IsRefusedBeforeMeasuring()
    {
        var (code, stdout, stderr) = Regsim.Run(TimeSpan.FromSeconds(30), "bench", "--quick", "--out", _temp);

        Assert.Equal(1, code);
        Assert.Contains($"--out '{_temp}' is a folder; give it a file name", stderr);
        Assert.DoesNotContain("replications/s", stdout);
        Assert.Empty(Directory.GetFileSystemEntries(_temp));
    }

    [Fact]
    public void Bench_OutThatIsAUsersFile_IsLeftAsItIs_AndRefusedBeforeMeasuring()
    {
        var notes = Path.Combine(_temp, "notes.csv");
        File.WriteAllText(notes, "my,own\nnotes,here\n");

        var (code, stdout, stderr) = Regsim.Run(TimeSpan.FromSeconds(30), "bench", "--quick", "--out", notes);
        var (missing, _, why) = Regsim.Run(TimeSpan.FromSeconds(30), "bench", "--quick", "--out", Path.Combine(_temp, "no-such-folder", "bench.csv"));

        Assert.Equal(1, code);
        Assert.Contains("is not a table regsim bench wrote", stderr);
        Assert.DoesNotContain("replications/s", stdout);
        Assert.Equal("my,own\nnotes,here\n", File.ReadAllText(notes));
        Assert.Equal(1, missing);
        Assert.Contains("its folder", why);
        Assert.Contains("does not exist", why);
    }

    [Fact]
    public void BenchClass_WithAFolderThatIsNotOne_SaysSo_InTheWordsOfItsOwnOption()
    {
        var (code, _, stderr) = Regsim.Run(TimeSpan.FromSeconds(60), "bench", "class", "--scenarios", Path.Combine(_temp, "nowhere"), "--students", "2", "--teams", "2");

        Assert.Equal(1, code);
        Assert.Contains("--scenarios '", stderr);
        Assert.Contains("does not exist: give the folder that holds baseline.json", stderr);
        Assert.DoesNotContain("--scenario ", stderr); // the parent's option, which bench class does not read
    }

    [Theory]
    [InlineData("--students 61", "--students must be 1 to 60")]
    [InlineData("--students 5 --teams 16", "--teams (16) must be at most --students (5)")]
    [InlineData("--students 5 --rounds 9", "--rounds must be at most 3")] // five students take five teams unless told
    [InlineData("--students 2 --teams 2 --rounds 5", "--rounds must be at most 3")]
    public void BenchClass_RefusesAClassTheGameCannotSeatOrPlay_NamingTheOption(string options, string said)
    {
        var (code, stdout, stderr) = Regsim.Run(TimeSpan.FromSeconds(120), ["bench", "class", .. options.Split(' ')]);

        Assert.Equal(1, code);
        Assert.Contains(said, stderr);
        Assert.DoesNotContain("proposal → acknowledgement", stdout);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public void Bench_RefusesFewerThanOneRun_NamingTheOption(string runs)
    {
        var csv = Path.Combine(_temp, "refused.csv");

        var (code, _, stderr) = Regsim.Run("bench", "--quick", "--runs", runs, "--out", csv);

        Assert.Equal(1, code);
        Assert.Contains("--runs must be at least 1", stderr);
        Assert.False(File.Exists(csv));
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [Fact]
    public void RunWithoutOutcomes_WritesNoOutcomesFile_AndRecordsPeakMemory()
    {
        var outDir = Path.Combine(_temp, "lean");

        var (code, _, stderr) = Regsim.Run("run", "scenarios/smoke.json", "--quiet", "--no-outcomes", "--out", outDir);

        Assert.True(code == 0, stderr);
        Assert.False(File.Exists(Path.Combine(outDir, "outcomes.csv")));
        Assert.True(File.Exists(Path.Combine(outDir, "summary.csv")));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "manifest.json")));
        Assert.True(manifest.RootElement.GetProperty("peakWorkingSetBytes").GetInt64() > 0);
        Assert.DoesNotContain("outcomes.csv", manifest.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
    }
}
