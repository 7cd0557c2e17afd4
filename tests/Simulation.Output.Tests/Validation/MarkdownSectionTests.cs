using Simulation.Output.Validation;

namespace Simulation.Output.Tests.Validation;

public class MarkdownSectionTests
{
    [Fact]
    public void Replace_SwapsOnlyTheBlock_AndKeepsTheProseAroundIt()
    {
        var text = $"# Title\n\nIntro.\n\n{MarkdownSection.Begin("validate")}\nold numbers\n{MarkdownSection.End("validate")}\n\nAfterword.\n";

        var replaced = MarkdownSection.Replace(text, "validate", "new numbers\n", "# ignored");

        Assert.Equal($"# Title\n\nIntro.\n\n{MarkdownSection.Begin("validate")}\nnew numbers\n{MarkdownSection.End("validate")}\n\nAfterword.\n", replaced);
        Assert.Equal(replaced, MarkdownSection.Replace(replaced, "validate", "new numbers", "# ignored"));
    }

    [Fact]
    public void Replace_LeavesOtherBlocksAlone()
    {
        var text = $"{MarkdownSection.Begin("calibrate")}\nposterior\n{MarkdownSection.End("calibrate")}\n";

        var replaced = MarkdownSection.Replace(text, "validate", "checks", "# t");

        Assert.StartsWith(text.TrimEnd('\n'), replaced);
        Assert.EndsWith($"{MarkdownSection.Begin("validate")}\nchecks\n{MarkdownSection.End("validate")}\n", replaced);
    }

    [Fact]
    public void Write_CreatesTheFileWithATitle_WhenThereIsNone()
    {
        using var folder = new TempFolder();
        var path = folder.File("docs/V.md");

        MarkdownSection.Write(path, "validate", "checks", "# Report");

        Assert.Equal($"# Report\n\n{MarkdownSection.Begin("validate")}\nchecks\n{MarkdownSection.End("validate")}\n", File.ReadAllText(path));
    }

    [Fact]
    public void RefuseUnwritable_RefusesAMissingFolder_NamingIt_AndCreatesNothing()
    {
        using var folder = new TempFolder();
        var typo = folder.File("doc");
        var path = Path.Combine(typo, "VALIDATION.md");

        var refused = Assert.Throws<InvalidDataException>(() => MarkdownSection.RefuseUnwritable(path));

        Assert.Equal($"cannot write the Markdown file '{path}': its folder '{typo}' does not exist; create it first, or correct the path", refused.Message);
        Assert.False(Directory.Exists(typo));
    }

    [Theory]
    [InlineData("x.md")]
    [InlineData("sub/x.md")]
    public void RefuseUnwritable_RefusesAFolderThatIsAFile_NamingTheFile(string under)
    {
        using var folder = new TempFolder();
        var file = folder.File("afile");
        File.WriteAllText(file, "mine");
        var path = Path.Combine(file, under);

        var refused = Assert.Throws<InvalidDataException>(() => MarkdownSection.RefuseUnwritable(path));

        Assert.Equal($"cannot write the Markdown file '{path}': '{file}' is a file, not a folder", refused.Message);
        Assert.Equal("mine", File.ReadAllText(file));
    }

    [Fact]
    public void RefuseUnwritable_RefusesAFolder_AndTakesAMissingFileInAFolderThatExists()
    {
        using var folder = new TempFolder();

        Assert.Contains("is a folder, not a file", Assert.Throws<InvalidDataException>(() => MarkdownSection.RefuseUnwritable(folder.Path)).Message);
        MarkdownSection.RefuseUnwritable(folder.File("V.md"));
        MarkdownSection.RefuseUnwritable("V.md"); // in the folder the command runs in
        Assert.False(File.Exists(folder.File("V.md")));
    }
}
