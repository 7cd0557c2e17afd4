namespace Simulation.Output.Tests;

public class ResultsFolderTests
{
    // Named like a journal command's own files, as a sweep's are.
    private static bool IsOwn(string relative) => relative is "sweep.csv" or "sweep.manifest.json" || relative.StartsWith("plots/main_effect_", StringComparison.Ordinal);

    [Fact]
    public void TheRootOfAFileSystem_IsRefusedByPath_WithoutLookingInIt()
    {
        // Only the path is judged: nothing is listed or written (a path whose parent is null).
        var root = Path.GetPathRoot(Path.GetTempPath())!;
        Assert.Null(Path.GetDirectoryName(root));

        var refused = Assert.Throws<InvalidDataException>(() => ResultsFolder.RefuseFileOrRoot(root));

        Assert.Contains($"'{root}' is the root of a file system", refused.Message);
        Assert.Contains("give a new or empty folder inside it", refused.Message);
        Assert.Throws<InvalidDataException>(() => ResultsFolder.RefuseFileOrRoot(Path.Combine(root, "tmp", "..")));
        Assert.Empty(OutputDirectory.LeftOver(root)); // the note after a run looks beside the folder: a root has no sibling
    }

    [Fact]
    public void AFolderInsideTheRoot_AndAFile_AreJudgedAsBefore()
    {
        using var temp = new TempFolder();
        var file = temp.File("notes.txt");
        File.WriteAllText(file, "mine");

        ResultsFolder.RefuseFileOrRoot(temp.File("results"));
        ResultsFolder.RefuseFileOrRoot(temp.Path + Path.DirectorySeparatorChar);
        Assert.Equal($"'{file}' is a file, not a folder: name a new or empty folder instead", Assert.Throws<InvalidDataException>(() => ResultsFolder.RefuseFileOrRoot(file)).Message);
        // A folder to be made inside a file, at any depth, names the file.
        var inside = Path.Combine(file, "sub", "deeper");
        Assert.Equal($"'{inside}' cannot be made: '{file}' is a file, not a folder; name a folder outside it",
            Assert.Throws<InvalidDataException>(() => ResultsFolder.RefuseFileOrRoot(inside)).Message);
        ResultsFolder.RefuseFileOrRoot(Path.Combine(temp.Path, "new", "sub")); // folders not yet made, under a folder: accepted
    }

    [Fact]
    public void AJournalsFolder_HoldingAUsersFile_IsRefusedAndLeftAsItWas()
    {
        using var temp = new TempFolder();
        var folder = temp.File("sweep");
        Directory.CreateDirectory(Path.Combine(folder, "shard-0-of-2"));
        File.WriteAllText(Path.Combine(folder, "sweep.csv"), "rows");
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");
        File.WriteAllText(Path.Combine(folder, "shard-0-of-2", "draft.tex"), "mine too");

        var refused = Assert.Throws<ForeignFilesException>(() => ResultsFolder.RefuseUnaccounted(folder, IsOwn));

        Assert.Equal(["notes.txt", "shard-0-of-2/draft.tex"], refused.Files);
        Assert.Equal($"'{folder}' holds files that are not an earlier result (notes.txt, shard-0-of-2/draft.tex); the results would be written among them, "
            + "so choose a new or empty folder, or move those files elsewhere.", refused.Message);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(folder, "notes.txt")));
        Assert.Equal("rows", File.ReadAllText(Path.Combine(folder, "sweep.csv")));
    }

    [Fact]
    public void AJournalsFolder_TakesItsOwnFiles_ItsShards_BatchScripts_StagingAndTemporaryFiles()
    {
        using var temp = new TempFolder();
        var folder = temp.File("sweep");
        foreach (var file in new[]
        {
            "sweep.csv", "sweep.manifest.json", "plots/main_effect_gini_x.svg", "shard-0-of-2/sweep.csv", "shard-1-of-2/sweep.manifest.json",
            "slurm/sweep.sbatch", "slurm/logs/sweep-12_0.out", ".partial-0123456789ab/sweep.csv", "sweep.csv.partial",
            ".sweep.csv.partial", "sweep.manifest.json.tmp", ".DS_Store",
        })
        {
            var path = Path.Combine(folder, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "ours");
        }
        Directory.CreateDirectory(Path.Combine(folder, "empty"));

        ResultsFolder.RefuseUnaccounted(folder, IsOwn);
        ResultsFolder.RefuseUnaccounted(temp.File("not-made-yet"), IsOwn);

        // Neither a shard's name nor a staging folder's covers a file beside them.
        File.WriteAllText(Path.Combine(folder, "shard-0-of-2.txt"), "mine");
        File.WriteAllText(Path.Combine(folder, "notes.txt.partial"), "mine");
        Assert.Equal(["notes.txt.partial", "shard-0-of-2.txt"], Assert.Throws<ForeignFilesException>(() => ResultsFolder.RefuseUnaccounted(folder, IsOwn)).Files);
    }

    [Fact]
    public void AJournalsFolder_HoldingAnotherCommandsResults_NamesThemApart()
    {
        using var temp = new TempFolder();
        var folder = temp.File("calibration");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "validation.csv"), "checks");
        File.WriteAllText(Path.Combine(folder, "thesis.tex"), "mine");

        var refused = Assert.Throws<ForeignFilesException>(() => ResultsFolder.RefuseUnaccounted(folder, _ => false));

        Assert.Contains("holds the results of another command (validation.csv) and files that are not an earlier result (thesis.tex)", refused.Message);
    }

    [Fact]
    public void AManifestDeepInAUsersFolder_IsTheUsersFile_NotAnotherCommandsResult()
    {
        using var temp = new TempFolder();
        var folder = temp.File("notes");
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        File.WriteAllText(Path.Combine(folder, "sub", "manifest.json"), "{\"a\":1}");
        File.WriteAllText(Path.Combine(folder, "todo.txt"), "mine");

        var journal = Assert.Throws<ForeignFilesException>(() => ResultsFolder.RefuseUnaccounted(folder, _ => false));
        var results = Assert.Throws<ForeignFilesException>(() => OutputDirectory.Create(folder, "run").Dispose());

        foreach (var refused in new[] { journal, results })
        {
            Assert.DoesNotContain("results of another command", refused.Message, StringComparison.Ordinal);
            Assert.Contains("sub/manifest.json", refused.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AnEmptyFolderOfTheUsers_IsNamed_AndOneHoldingANamedFileIsNot()
    {
        using var temp = new TempFolder();
        var folder = temp.File("results");
        Directory.CreateDirectory(Path.Combine(folder, "empty", "deeper"));
        Directory.CreateDirectory(Path.Combine(folder, "drafts"));
        File.WriteAllText(Path.Combine(folder, "drafts", "a.txt"), "mine");

        var refused = Assert.Throws<ForeignFilesException>(() => OutputDirectory.Create(folder, "run").Dispose());

        Assert.Equal(["drafts/a.txt", "empty/", "empty/deeper/"], refused.Files);
    }

    [Theory]
    [InlineData("{\"broken")]
    [InlineData("null")]
    [InlineData("[1]")]
    public void AManifestThatCannotBeRead_IsSaidSo_NotCalledAnotherCommands(string written)
    {
        using var temp = new TempFolder();
        var folder = temp.File("results");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, ManifestWriter.FileName), written);
        File.WriteAllText(Path.Combine(folder, "summary.csv"), "metric");

        var refused = Assert.Throws<ForeignFilesException>(() => OutputDirectory.Create(folder, "run").Dispose());

        Assert.StartsWith($"'{folder}' holds a manifest.json that cannot be read as a manifest (cut short or edited), so none of its files (manifest.json, summary.csv)", refused.Message);
        Assert.DoesNotContain("another command", refused.Message, StringComparison.Ordinal);
        Assert.Equal(written, File.ReadAllText(Path.Combine(folder, ManifestWriter.FileName)));
    }
}
