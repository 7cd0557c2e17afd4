namespace Simulation.Web.Tests;

public sealed class ScenarioCatalogTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "regsim-catalog-" + Guid.NewGuid().ToString("N"));

    public ScenarioCatalogTests()
    {
        Directory.CreateDirectory(_folder);
        File.Copy(Path.Combine(ClassroomServerFixture.ScenariosFolder(), "baseline.json"), Path.Combine(_folder, "baseline.json"));
        File.Copy(Path.Combine(ClassroomServerFixture.ScenariosFolder(), "scenario.schema.json"), Path.Combine(_folder, "scenario.schema.json"));
        File.WriteAllText(Path.Combine(_folder, "typo.json"), "{\"extends\": \"baseline.json\", \"name\": \"typo\", \"replications\": -4}");
        File.WriteAllText(Path.Combine(_folder, "cut.json"), "{\"extends\": ");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void FilesThatDoNotLoad_AreNotOffered_ButAreNamedWithTheirProblem()
    {
        var catalog = new ScenarioCatalog(_folder);

        Assert.Equal(["baseline"], catalog.Names());
        var rejected = catalog.Rejected();
        Assert.Equal(["cut.json", "typo.json"], rejected.Select(r => r.File));
        Assert.Contains("$.replications", rejected[1].Problem);
    }
}
