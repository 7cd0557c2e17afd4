using Simulation.Output.Calibration;
using Simulation.Output.Tests.Sweeps;

namespace Simulation.Output.Tests;

/// <summary>Results go together when their code is the same: by the code's hash where both folders recorded one, whatever
/// commit each came with (a commit of documents alone), and by the commit where either did not.</summary>
public class BuildIdentityTests
{
    private const string Tree = "1111111111111111111111111111111111111111";
    private const string OtherTree = "2222222222222222222222222222222222222222";

    [Fact]
    public void TheSameCode_UnderAnotherCommit_ResumesAndMerges_OtherCodeDoesNot()
    {
        var sweep = SweepSamples.Manifest(5) with { SourceRevision = "aaaaaaa", CodeTree = Tree };
        var particles = new CalibrationManifest("0.1.0", "s", "s.json", new string('a', 64), 1, 100, ["a ~ uniform [0, 1]"], ["p_x"], "aaaaaaa", CodeTree: Tree);

        Assert.Null(sweep.Incompatibility(sweep with { SourceRevision = "bbbbbbb" }));
        Assert.Null(particles.Incompatibility(particles with { SourceRevision = "bbbbbbb" }));
        Assert.Equal("it was written by regsim built from other code (code tree 222222222222…, source aaaaaaa), not 111111111111… (source aaaaaaa): "
            + "a commit that changes src/, the build settings or the schemas counts", sweep.Incompatibility(sweep with { CodeTree = OtherTree }));
        Assert.StartsWith("it was written by regsim built from other code", particles.Incompatibility(particles with { CodeTree = OtherTree }), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Tree, null)]
    [InlineData(null, Tree)]
    [InlineData(null, null)]
    public void WhereEitherRecordedNoCodeHash_TheCommitDecides(string? theirs, string? mine)
    {
        Assert.Null(BuildIdentity.Difference("aaaaaaa", theirs, "aaaaaaa", mine));
        Assert.Equal("it was written by regsim built from source bbbbbbb, not aaaaaaa", BuildIdentity.Difference("bbbbbbb", theirs, "aaaaaaa", mine));
    }
}
