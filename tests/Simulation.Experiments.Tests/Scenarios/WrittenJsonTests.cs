using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Tests.Scenarios;

public class WrittenJsonTests
{
    [Fact]
    public void AValueOutsideAscii_IsQuotedAsWritten()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Variant("hangul.json", d => d["projects"]![0]!["candidates"]![0] = "대구");

        var problem = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path)).Problems
            .Single(p => p.JsonPath == "$.projects[0].candidates[0]");

        Assert.StartsWith("\"대구\" is not allowed", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("대구 🚄", "\"대구 🚄\"")]
    [InlineData("say \"hi\"\\", "\"say \\\"hi\\\"\\\\\"")]
    [InlineData("a\nb\u0001", "\"a\\nb\\u0001\"")]
    public void Quote_EscapesOnlyWhatJsonNeedsAndWhatWouldNotShow(string text, string quoted) =>
        Assert.Equal(quoted, WrittenJson.Quote(text));

    // Each would print as nothing or as a plain space, so the quoted id would look like a valid one.
    [Theory]
    [InlineData("daegu\u200B", "\"daegu\\u200B\"")]
    [InlineData("\uFEFFdaegu", "\"\\uFEFFdaegu\"")]
    [InlineData("dae\u202Egu", "\"dae\\u202Egu\"")]
    [InlineData("daegu\u00A0gyeongbuk", "\"daegu\\u00A0gyeongbuk\"")]
    [InlineData("a\u2028b\u2029", "\"a\\u2028b\\u2029\"")]
    [InlineData("x\uE000", "\"x\\uE000\"")]
    [InlineData("\uDB80\uDC00", "\"\\uDB80\\uDC00\"")]
    [InlineData("대구", "\"대구\"")]
    public void Quote_EscapesWhatWouldNotShow_AndKeepsVisibleText(string text, string quoted) =>
        Assert.Equal(quoted, WrittenJson.Quote(text));

    [Fact]
    public void AZeroWidthSpaceInAnId_IsEscapedInTheProblem()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Variant("invisible.json", d => d["projects"]![0]!["candidates"]![0] = "daegu\u200B");

        var problem = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path)).Problems
            .Single(p => p.JsonPath == "$.projects[0].candidates[0]");

        Assert.StartsWith("\"daegu\\u200B\" is not allowed", problem.Message, StringComparison.Ordinal);
    }

    // A lone surrogate is no character at all (and cannot be written in an attribute, so it is made here).
    [Fact]
    public void Quote_EscapesALoneSurrogate() => Assert.Equal("\"\\uD800x\"", WrittenJson.Quote("\uD800x"));

    [Fact]
    public void Of_WritesListsAndObjectsWithTheirTextsAsWritten() =>
        Assert.Equal("[\"제주\",1.5,true,null,{\"이름\":\"x\"}]",
            WrittenJson.Of(System.Text.Json.Nodes.JsonNode.Parse("[\"제주\", 1.5, true, null, {\"이름\": \"x\"}]")));
}
