using System.Security.Cryptography;

namespace Simulation.Application.Runs;

/// <summary>The id of a run of the explore page: 16 lower-case hex digits, random, so that no page can guess another's run.</summary>
public readonly record struct RunId
{
    private RunId(string text) => Text = text;

    /// <summary>The id as pages write it in addresses and requests.</summary>
    public string Text { get; }

    /// <summary>Returns a new random id.</summary>
    public static RunId New() => new(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)));

    /// <summary>Returns whether <paramref name="text"/> is a well-formed id (16 hex digits, either case), and the id.</summary>
    public static bool TryParse(string? text, out RunId id)
    {
        id = default;
        if (text is not { Length: 16 } || !text.All(char.IsAsciiHexDigit))
        {
            return false;
        }
        id = new RunId(text.ToLowerInvariant());
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
