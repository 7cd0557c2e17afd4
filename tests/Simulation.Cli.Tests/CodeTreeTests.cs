using System.Text.Json;

namespace Simulation.Cli.Tests;

/// <summary>A sweep's shards record git's hash of the code regsim was built from, the one <c>scripts/build/code-tree.sh</c>
/// computes in the checkout (src/ and the build settings as they are, documents left out), so that shards of the same code
/// resume and merge across a commit of documents alone.</summary>
public sealed class CodeTreeTests : IDisposable
{
    private readonly string _temp = Regsim.TempFolder();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void ASweepsManifest_RecordsTheCheckoutsCodeHash()
    {
        var script = Regsim.Start(["sh", "scripts/build/code-tree.sh"], Regsim.Root, TimeSpan.FromMinutes(1), []);
        Assert.True(script.ExitCode == 0, $"code-tree.sh: {script.Error}");
        var tree = script.Out.Trim();
        Assert.Matches("^[0-9a-f]{40}$", tree);
        var shard = Path.Combine(_temp, "shard");

        var (code, _, stderr) = Regsim.Run("sweep", "scenarios/experiments/smoke-sweep.json", "--shard", "0/2", "--out", shard, "-q");

        Assert.True(code == 0, stderr);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(shard, "sweep.manifest.json")));
        // The build this test runs was made from the checkout as it is (edit src/ after building and this fails, rightly).
        Assert.Equal(tree, manifest.RootElement.GetProperty("codeTree").GetString());
    }
}
