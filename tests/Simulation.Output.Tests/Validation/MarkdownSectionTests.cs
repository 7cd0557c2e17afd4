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
}
