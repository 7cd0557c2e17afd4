using Simulation.Web.Games;

namespace Simulation.Web.Tests;

/// <summary>A student's name shows the same everywhere: whole characters, something visible, nothing that breaks a line.</summary>
public sealed class StudentNameTests
{
    [Theory]
    [InlineData("Minji", true)]
    [InlineData("김민지", true)]
    [InlineData("Kim\u3000Lee", true)] // the full-width space a Korean keyboard types
    [InlineData("Ana 🙂", true)] // a character outside the basic plane, whole
    [InlineData("Ana\u2028Bo", false)]
    [InlineData("Ana\u00a0Bo", false)] // a space that looks like one but is not the ordinary one
    [InlineData("🙂", false)] // nothing to read a name from
    public void IsReadable(string name, bool readable) => Assert.Equal(readable, StudentName.IsReadable(name));

    [Fact]
    public void HalfACharacter_IsNotReadable() => Assert.False(StudentName.IsReadable("Ana" + (char)0xD800)); // built here: an attribute cannot hold it

    [Theory]
    [InlineData("Minji", "minji", true)]
    [InlineData("Ｍｉｎｊｉ", "Minji", true)] // full-width Latin letters
    [InlineData("Kim\u3000Lee", "Kim Lee", true)]
    [InlineData("김민지", "\u1100\u1175\u11B7\u1106\u1175\u11AB\u110C\u1175", true)] // precomposed against typed as jamo
    [InlineData("김민지", "김민재", false)]
    [InlineData("Minji", "Minju", false)]
    public void NamesThatReadTheSame_AreOneName(string a, string b, bool same) => Assert.Equal(same, StudentName.SameAs(a, b));
}
