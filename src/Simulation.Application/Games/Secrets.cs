using System.Security.Cryptography;

namespace Simulation.Application.Games;

/// <summary>Join codes a class can read off a projector and type on a phone, and tokens nobody can guess.</summary>
public static class Secrets
{
    // No 0/O, 1/I/L: a code read across a classroom is typed right the first time.
    private const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /// <summary>Returns a new game code of six characters (about 30 bits), which students type to join the game.</summary>
    public static string GameCode() => RandomNumberGenerator.GetString(CodeAlphabet, 6);

    /// <summary>Returns a new code of six digits that the teacher tells one student moving to another device, who types it with
    /// their name: a name alone, which every classmate can read, would let anyone take the seat.</summary>
    public static string RejoinCode() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Returns a new token of 128 random bits, as hexadecimal.</summary>
    public static string Token() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>Returns the read-only key of the game whose teacher holds <paramref name="teacherToken"/> once the teacher has
    /// replaced it <paramref name="replaced"/> times: it opens the game's debrief and CSV export and nothing else, so that their
    /// links, which a browser shows in its address bar (and a projector shows the class), carry no token that acts. Derived from
    /// the teacher's token (HMAC-SHA256, 128 bits kept), it stays the same across restarts without being stored (the journal
    /// keeps only that the key was replaced), the teacher's token cannot be recovered from it, and no key tells another.</summary>
    /// <param name="teacherToken">The game's teacher's token.</param>
    /// <param name="replaced">How many times the teacher replaced the key (0 or more); 0 gives the key every game had before
    /// keys could be replaced, so that links shared earlier keep working until the teacher replaces them.</param>
    public static string DebriefKey(string teacherToken, int replaced = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(replaced);
        var purpose = replaced == 0
            ? "regsim: the debrief and the export, read only"
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"regsim: the debrief and the export, read only, replaced {replaced} times");
        return Convert.ToHexStringLower(HMACSHA256.HashData(System.Text.Encoding.UTF8.GetBytes(teacherToken), System.Text.Encoding.UTF8.GetBytes(purpose)))[..32];
    }

    /// <summary>Compares a presented token with the expected one in constant time.</summary>
    public static bool Matches(string? presented, string expected) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(presented), System.Text.Encoding.UTF8.GetBytes(expected));
}
