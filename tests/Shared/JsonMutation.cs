using System.Text.Json.Nodes;

namespace Simulation.Tests.Shared;

/// <summary>
/// One change that can break a valid JSON document: replace a node by a literal (a wrong type, an extreme or non-integer
/// number), remove it (a missing required item), or repeat a list element (the same id twice). Property tests combine
/// a few of them at random, so each describes itself for the report of a failing case.
/// </summary>
/// <param name="Location">Property names and array indices from the root to the node.</param>
/// <param name="Kind">What is done there.</param>
/// <param name="Literal">The JSON text that replaces the node (for <see cref="MutationKind.Replace"/>).</param>
internal sealed record JsonMutation(IReadOnlyList<object> Location, MutationKind Kind, string Literal = "")
{
    /// <summary>Applies the change to <paramref name="root"/> in place; does nothing when an earlier change removed the node.</summary>
    public void ApplyTo(JsonNode root)
    {
        JsonNode? parent = root;
        for (var i = 0; i < Location.Count - 1 && parent is not null; i++)
        {
            parent = Step(parent, Location[i]);
        }
        switch (parent, Location[^1])
        {
            case (JsonObject o, string key) when o.ContainsKey(key):
                if (Kind == MutationKind.Remove)
                {
                    o.Remove(key);
                }
                else if (Kind == MutationKind.Replace)
                {
                    o[key] = JsonNode.Parse(Literal);
                }
                break;
            case (JsonArray a, int index) when index < a.Count:
                if (Kind == MutationKind.Remove)
                {
                    a.RemoveAt(index);
                }
                else if (Kind == MutationKind.Replace)
                {
                    a[index] = JsonNode.Parse(Literal);
                }
                else
                {
                    a.Insert(index + 1, a[index]?.DeepClone());
                }
                break;
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Kind} $" + string.Concat(Location.Select(s => s is int i ? $"[{i}]" : $".{s}")) + (Kind == MutationKind.Replace ? $" = {Literal}" : "");

    private static JsonNode? Step(JsonNode node, object segment) => (node, segment) switch
    {
        (JsonObject o, string key) => o[key],
        (JsonArray a, int index) when index < a.Count => a[index],
        _ => null,
    };
}

/// <summary>What a <see cref="JsonMutation"/> does.</summary>
internal enum MutationKind
{
    /// <summary>Put a literal in the node's place.</summary>
    Replace,

    /// <summary>Remove the node from its object or array.</summary>
    Remove,

    /// <summary>Insert a copy of an array element right after it.</summary>
    Duplicate,
}
