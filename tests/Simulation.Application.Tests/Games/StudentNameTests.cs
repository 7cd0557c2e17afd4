using Simulation.Application.Games;

namespace Simulation.Application.Tests.Games;

/// <summary>A student's name shows the same everywhere: whole characters, something visible, nothing that breaks a line.</summary>
public sealed class StudentNameTests
{
    [Theory]
    [InlineData("Minji", true)]
    [InlineData("김민지", true)]
    [InlineData("Kim\u3000Lee", true)] // the full-width space a Korean keyboard types
    [InlineData("Ana 🙂", true)] // a character outside the basic plane, whole
    [InlineData("Ana\u2028Bo", false)]
    [InlineData("Ana\u00a0Bo", false)] // a space that looks like one but is not the ordinary one (Normalize makes it one)
    [InlineData("🙂", false)] // nothing to read a name from
    public void IsReadable(string name, bool readable) => Assert.Equal(readable, StudentName.IsReadable(name));

    [Theory]
    [InlineData("🙂", "needs a letter or digit: emoji and symbols alone do not name a student")]
    [InlineData("Min\u200Bji", "may not contain control characters, line breaks or invisible characters")]
    [InlineData("🙂\u200B", "may not contain control characters, line breaks or invisible characters")]
    [InlineData("Ana 🙂", null)]
    [InlineData("Ana 👩‍💻", null)] // a joiner inside an emoji (woman, joiner, laptop) is part of one picture
    [InlineData("Bo 🏳️‍🌈", null)] // a flag: white flag, variation selector, joiner, rainbow
    [InlineData("👨‍👩‍👧", "needs a letter or digit: emoji and symbols alone do not name a student")]
    [InlineData("Min\u200Dji", "may not contain control characters, line breaks or invisible characters")] // a joiner between letters is invisible
    [InlineData("𠜎𠜱", null)] // letters outside the basic plane (rare CJK characters) are letters
    [InlineData("Ⅻ", null)] // a Roman numeral is a letter that is a number
    [InlineData("ℌ𝔢𝔩𝔩𝔬", "may not use styled letters (bold, italic, Fraktur and the like), which read as plain ones but would be another name: type plain letters")]
    [InlineData("𝐌𝐢𝐧𝐣𝐢", "may not use styled letters (bold, italic, Fraktur and the like), which read as plain ones but would be another name: type plain letters")]
    [InlineData("Nguye\u0302\u0303n", null)] // two marks on one letter, as Vietnamese writes
    [InlineData("e\u0301\u0302\u0303\u0304\u0305", "may not stack more than 4 accents or marks on one letter")]
    public void AnUnreadableName_IsToldWhatIsWrongWithIt(string name, string? why) => Assert.Equal(why, StudentName.Unreadable(name));

    [Theory]
    [InlineData("Minji", 5)]
    [InlineData("김민지", 3)]
    [InlineData("👍🏽👍🏽", 2)] // an emoji with its skin tone is one character, though four UTF-16 units
    [InlineData("Jose\u0301", 4)] // a letter with its combining accent is one
    public void ANamesLength_IsCountedAsAReaderCountsIt(string name, int length) => Assert.Equal(length, StudentName.Length(name));

    [Fact]
    public void HalfACharacter_IsNotReadable() => Assert.False(StudentName.IsReadable("Ana" + (char)0xD800)); // built here: an attribute cannot hold it

    [Theory]
    [InlineData("Zoë, \"Z\"", true)]
    [InlineData("Kim，Minji", true)] // the full-width comma a Korean keyboard types
    [InlineData("Kim、Minji", true)]
    [InlineData("Zoë \"Z\"", false)]
    [InlineData("O'Neil-Park. Jr", false)]
    public void HasComma(string name, bool comma) => Assert.Equal(comma, StudentName.HasComma(name));

    [Theory]
    [InlineData("Minji", "minji", true)]
    [InlineData("Ｍｉｎｊｉ", "Minji", true)] // full-width Latin letters
    [InlineData("Kim\u3000Lee", "Kim Lee", true)]
    [InlineData("김민지", "\u1100\u1175\u11B7\u1106\u1175\u11AB\u110C\u1175", true)] // precomposed against typed as jamo
    [InlineData("김민지", "김민재", false)]
    [InlineData("Minji", "Minju", false)]
    [InlineData("Jos\u00e9", "Jose\u0301", true)] // precomposed against a combining accent
    [InlineData("Nguy\u1ec5n", "Nguye\u0302\u0303n", true)] // two marks, in their canonical order
    [InlineData("Nguy\u1ec5n", "Nguye\u0303\u0302n", false)] // the same marks the other way round read differently
    [InlineData("Jos\u00e9", "Jose", false)]
    [InlineData("Ana\u00a0Bo", "Ana Bo", true)] // a no-break space, pasted or typed, is a space
    [InlineData("Student  24", "Student 24", true)] // a page shows a run of spaces as one
    [InlineData("Student 24 ", "Student 24", true)]
    [InlineData("Student 24", "Student 2 4", false)]
    [InlineData("김민지", "ㄱㅣㅁㅁㅣㄴㅈㅣ", true)] // letters typed one by one, as a keyboard without an input method sends them
    [InlineData("김", "ㄱㅣㅁ", true)]
    [InlineData("닭", "ㄷㅏㄺ", true)] // a trailing cluster typed as one letter
    [InlineData("닭", "ㄷㅏㄹㄱ", true)] // ... or as its two letters
    [InlineData("최", "ㅊㅗㅣ", true)] // a compound vowel typed as its two vowels
    [InlineData("권", "ㄱㅜㅓㄴ", true)]
    [InlineData("황", "ㅎㅗㅏㅇ", true)]
    [InlineData("밝아", "ㅂㅏㄹㄱㅇㅏ", true)] // ㄹㄱ ends 밝: the ㅇ before the vowel leads the next syllable
    [InlineData("갈비", "ㄱㅏㄹㅂㅣ", true)] // ㄹ then ㅂ before a vowel: ㅂ leads 비, no cluster
    [InlineData("김민지", "ㄱㅣㅁㅣㄴㅈㅣ", false)] // 기민지: the ㅁ leads the next syllable
    [InlineData("ㄱ", "\u1100", false)] // a lone letter stays a letter
    public void NamesThatReadTheSame_AreOneName(string a, string b, bool same) => Assert.Equal(same, StudentName.SameAs(a, b));

    [Theory]
    [InlineData("Jose\u0301", "Jos\u00e9")]
    [InlineData("A\u030a", "\u00c5")] // Å
    [InlineData("\u212b", "\u00c5")] // the Ångström sign is the letter Å
    [InlineData("q\u0307\u0323", "q\u0323\u0307")] // no composite: the marks only take their canonical order
    [InlineData("e\u0323\u0302", "\u1ec7")] // ệ, from marks in either order
    [InlineData("e\u0302\u0323", "\u1ec7")]
    [InlineData("\u1100\u1161\u11a8", "\uac01")] // Hangul jamo into their syllable
    [InlineData("\uac00\u11a8", "\uac01")]
    [InlineData("Ana 🙂", "Ana 🙂")]
    [InlineData("\u0344", "\u0308\u0301")] // excluded from composition: stays decomposed
    [InlineData("Ana\u00a0Bo\u202fKim\u2007Lee", "Ana Bo Kim Lee")] // no-break spaces become ordinary ones, then readable
    public void Normalize_PutsANameInFormC(string name, string expected) => Assert.Equal(expected, StudentName.Normalize(name));
}
