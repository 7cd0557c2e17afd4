using Simulation.Experiments.Calibration;
using Simulation.Output.Calibration;

namespace Simulation.Output.Tests.Calibration;

public class ParticleFileTests
{
    private static readonly ParticleTable Table = new(["a", "b"], ["p_x"]);

    private static CalibrationManifest Manifest(ulong seed = 1) =>
        new("0.1.0", "s", "s.json", new string('a', 64), seed, 100, ["a ~ uniform [0, 1]", "b ~ uniform [0, 2]"], ["p_x"]);

    private static Particle Particle(int i) => new(i, [i / 10.0, 1.0 / 3], [0.25 * i], Math.Sqrt(2) * i);

    [Fact]
    public void Rows_RoundTripExactly()
    {
        var particle = Particle(3);

        var parsed = Table.Parse(Table.Format(particle).TrimEnd('\n'))!;

        Assert.Equal(particle.Index, parsed.Index);
        Assert.Equal(particle.Parameters, parsed.Parameters);
        Assert.Equal(particle.Summaries, parsed.Summaries);
        Assert.Equal(particle.LogLikelihood, parsed.LogLikelihood);
        Assert.Equal("particle,a,b,p_x,log_likelihood", Table.Header);
        Assert.Null(Table.Parse("3,0.1,0.2"));
    }

    [Fact]
    public void Reopening_KeepsFinishedParticles_AndCutsAHalfWrittenOne()
    {
        using var folder = new TempFolder();
        using (var file = ParticleFile.OpenOrResume(folder.Path, Manifest(), Table))
        {
            file.Append(Particle(0));
            file.Append(Particle(1));
        }
        var complete = File.ReadAllText(folder.File(ParticleFile.Name));
        File.AppendAllText(folder.File(ParticleFile.Name), Table.Format(Particle(2))[..9]); // killed mid-row

        using (var resumed = ParticleFile.OpenOrResume(folder.Path, Manifest(), Table))
        {
            Assert.Equal([0, 1], resumed.Particles.Select(p => p.Index));
            Assert.Equal(complete, File.ReadAllText(folder.File(ParticleFile.Name)));
            resumed.Append(Particle(2));
        }
        Assert.Equal(complete + Table.Format(Particle(2)), File.ReadAllText(folder.File(ParticleFile.Name)));
    }

    [Fact]
    public void AHeaderCutShort_AsAFullDiskLeavesIt_IsWrittenAgain_AndTheCalibrationStartsFromNothing()
    {
        using var folder = new TempFolder();
        ParticleFile.OpenOrResume(folder.Path, Manifest(), Table).Dispose();
        File.WriteAllText(folder.File(ParticleFile.Name), Table.Header[..3]);

        using (var resumed = ParticleFile.OpenOrResume(folder.Path, Manifest(), Table))
        {
            Assert.Empty(resumed.Particles);
            resumed.Append(Particle(0));
        }
        Assert.Equal(Table.Header + "\n" + Table.Format(Particle(0)), File.ReadAllText(folder.File(ParticleFile.Name)));
    }

    [Fact]
    public void AFileSavedAgainWithAByteOrderMark_IsResumed_CuttingOnlyTheHalfWrittenRow()
    {
        using var folder = new TempFolder();
        using (var file = ParticleFile.OpenOrResume(folder.Path, Manifest(), Table))
        {
            file.Append(Particle(0));
            file.Append(Particle(1));
        }
        byte[] complete = [.. System.Text.Encoding.UTF8.Preamble, .. File.ReadAllBytes(folder.File(ParticleFile.Name))];
        File.WriteAllBytes(folder.File(ParticleFile.Name), [.. complete, .. System.Text.Encoding.UTF8.GetBytes(Table.Format(Particle(2))[..9])]);

        using (var resumed = ParticleFile.OpenOrResume(folder.Path, Manifest(), Table))
        {
            Assert.Equal([0, 1], resumed.Particles.Select(p => p.Index));
            Assert.Equal(complete, File.ReadAllBytes(folder.File(ParticleFile.Name)));
            resumed.Append(Particle(2));
        }
        Assert.Equal([.. complete, .. System.Text.Encoding.UTF8.GetBytes(Table.Format(Particle(2)))], File.ReadAllBytes(folder.File(ParticleFile.Name)));
    }

    [Fact]
    public void Reopening_RefusesALineThatIsNotARow_BeforeFinishedParticles_AndKeepsThemAll()
    {
        using var folder = new TempFolder();
        using (var file = ParticleFile.OpenOrResume(folder.Path, Manifest(), Table))
        {
            file.Append(Particle(0));
        }
        File.AppendAllText(folder.File(ParticleFile.Name), "1,\"0.1\"x,0.2,0.3,0.4\n" + Table.Format(Particle(2)));
        var edited = File.ReadAllText(folder.File(ParticleFile.Name));

        var e = Assert.Throws<InvalidDataException>(() => ParticleFile.OpenOrResume(folder.Path, Manifest(), Table));

        Assert.Contains("line 3 is not a particle", e.Message);
        Assert.Equal(edited, File.ReadAllText(folder.File(ParticleFile.Name))); // particle 2 is not cut with it
    }

    [Fact]
    public void Reopening_CutsAnUnreadableLastRow()
    {
        using var folder = new TempFolder();
        using (var file = ParticleFile.OpenOrResume(folder.Path, Manifest(), Table))
        {
            file.Append(Particle(0));
        }
        var complete = File.ReadAllText(folder.File(ParticleFile.Name));
        File.AppendAllText(folder.File(ParticleFile.Name), "1,0.1,\0\0\0\n"); // a row whose bytes never reached the disk

        using (var resumed = ParticleFile.OpenOrResume(folder.Path, Manifest(), Table))
        {
            Assert.Equal([0], resumed.Particles.Select(p => p.Index));
        }
        Assert.Equal(complete, File.ReadAllText(folder.File(ParticleFile.Name)));
    }

    [Fact]
    public void AManifestCutShort_IsRefusedNamingIt_AndTheParticlesAreKept()
    {
        using var folder = new TempFolder();
        using (var file = ParticleFile.OpenOrResume(folder.Path, Manifest(), Table))
        {
            file.Append(Particle(0));
        }
        var particles = File.ReadAllText(folder.File(ParticleFile.Name));
        var manifest = folder.File(CalibrationManifestFile.Name);
        File.WriteAllText(manifest, File.ReadAllText(manifest)[..30]);

        var e = Assert.Throws<InvalidDataException>(() => ParticleFile.OpenOrResume(folder.Path, Manifest(), Table));

        Assert.Contains($"'{manifest}' cannot be read", e.Message);
        Assert.Contains("nothing in this one is deleted", e.Message);
        Assert.Equal(particles, File.ReadAllText(folder.File(ParticleFile.Name)));
    }

    [Fact]
    public void AnotherSeed_IsRefused()
    {
        using var folder = new TempFolder();
        using (var file = ParticleFile.OpenOrResume(folder.Path, Manifest(seed: 1), Table))
        {
            file.Append(Particle(0));
        }

        var e = Assert.Throws<InvalidDataException>(() => ParticleFile.OpenOrResume(folder.Path, Manifest(seed: 2), Table));

        Assert.Contains("seed", e.Message);
    }

    [Fact]
    public void ParticlesDrawnByRegsimBuiltFromOtherSource_AreNotResumed_SoAPosteriorComesFromOneBuild()
    {
        using var folder = new TempFolder();
        using (var file = ParticleFile.OpenOrResume(folder.Path, Manifest() with { SourceRevision = "0123456789abcdef" }, Table))
        {
            file.Append(Particle(0));
        }
        var particles = File.ReadAllText(folder.File(ParticleFile.Name));

        var e = Assert.Throws<InvalidDataException>(() => ParticleFile.OpenOrResume(folder.Path, Manifest() with { SourceRevision = "fedcba9876543210" }, Table));

        Assert.Contains("built from source 0123456789abcdef, not fedcba9876543210", e.Message);
        Assert.Equal(particles, File.ReadAllText(folder.File(ParticleFile.Name)));
        Assert.Contains("\"sourceRevision\": \"0123456789abcdef\"", File.ReadAllText(folder.File(CalibrationManifestFile.Name)));
    }

    [Fact]
    public void AFileNotWrittenByACalibration_IsRefused()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File(ParticleFile.Name), "something else\n");

        Assert.Throws<InvalidDataException>(() => ParticleFile.OpenOrResume(folder.Path, Manifest(), Table));
    }
}
