using System.Text.Json;

namespace Simulation.Application.Evaluation;

/// <summary>
/// Reads a line of <c>eval</c>'s input as a <see cref="PointRequest"/>, field by field, so that what is wrong with a bad line
/// is said in the protocol's own terms ("must be a whole number from 1 to 10^8") and named by its field, rather than
/// recovered from a serializer's message, which names .NET types.
/// </summary>
internal static class PointReader
{
    private const string Fields = "id, parameters, seed and replications";
    private const string ReplicationsRange = "from 1 to 10^8";
    private const string SeedRange = "from 0 to 2^63 − 1";

    /// <summary>Returns the point on <paramref name="line"/>, or the error naming the field at fault (<c>line</c> for the line
    /// as a whole); the id is the line's text <c>id</c> when it has one, even when the rest is wrong, so that a caller matching
    /// answers by id can tell which point failed.</summary>
    public static (PointRequest? Point, PointError? Error, string? Id) Read(string line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            return (null, new PointError("line", "is not JSON; send one object a line, such as {\"id\": \"p1\", \"parameters\": {\"PATH\": 0.5}}"), null);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Null)
            {
                return (null, new PointError("line", "is null; send an object such as {\"parameters\": {\"PATH\": 0.5}}"), null);
            }
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, new PointError("line", $"must be an object with the fields {Fields}"), null);
            }
            var id = root.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String ? idValue.GetString() : null;
            var (point, error) = ReadFields(root);
            return (point, error, id);
        }
    }

    private static (PointRequest? Point, PointError? Error) ReadFields(JsonElement root)
    {
        string? id = null;
        Dictionary<string, double>? parameters = null;
        ulong? seed = null;
        int? replications = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in root.EnumerateObject())
        {
            if (!seen.Add(field.Name))
            {
                return (null, new PointError(field.Name, "is given twice"));
            }
            var value = field.Value;
            if (value.ValueKind == JsonValueKind.Null)
            {
                continue; // as if absent
            }
            PointError? error = null;
            switch (field.Name)
            {
                case "id":
                    id = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                    error = id is null ? new PointError("id", "must be text") : null;
                    break;
                case "seed":
                    (seed, error) = Seed(value);
                    break;
                case "replications":
                    (replications, error) = Replications(value);
                    break;
                case "parameters":
                    (parameters, error) = Parameters(value);
                    break;
                default:
                    error = new PointError(field.Name, $"is not a field of a parameter point (the fields are {Fields})");
                    break;
            }
            if (error is not null)
            {
                return (null, error);
            }
        }
        return (new PointRequest(id, parameters, seed, replications), null);
    }

    private static (ulong?, PointError?) Seed(JsonElement value)
    {
        if (!TryGetWhole(value, out var seed))
        {
            return (null, new PointError("seed", $"must be a whole number {SeedRange}"));
        }
        return seed > long.MaxValue ? (null, new PointError("seed", $"must be {SeedRange} (got {seed})")) : (seed, null);
    }

    private static (int?, PointError?) Replications(JsonElement value)
    {
        if (!TryGetWhole(value, out var whole))
        {
            return (null, new PointError("replications", $"must be a whole number {ReplicationsRange}"));
        }
        var replications = (long)Math.Min(whole, long.MaxValue);
        return replications is < 1 or > EvaluatePoints.MaxReplications
            ? (null, new PointError("replications", $"must be {ReplicationsRange} (got {replications})"))
            : ((int)replications, null);
    }

    /// <summary>Reads a whole number however it is written: <c>20</c>, or <c>20.0</c> and <c>2e1</c> as a client that holds
    /// every number as a double (JavaScript, a pandas column) writes it; a fraction or a negative number is not one.
    /// Numbers written with a point are exact only up to 2^53, so larger ones must be written as integers.</summary>
    private static bool TryGetWhole(JsonElement value, out ulong whole)
    {
        whole = 0;
        if (value.ValueKind != JsonValueKind.Number)
        {
            return false;
        }
        if (value.TryGetUInt64(out whole))
        {
            return true;
        }
        const double exactLimit = 9007199254740992d; // 2^53
        if (value.TryGetDouble(out var number) && number >= 0 && number <= exactLimit && Math.Floor(number) == number)
        {
            whole = (ulong)number;
            return true;
        }
        return false;
    }

    private static (Dictionary<string, double>?, PointError?) Parameters(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return (null, new PointError("parameters", "must be an object of paths and numbers, such as {\"regimes[lee].tilt[equity].weight\": 0.5}"));
        }
        var parameters = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var parameter in value.EnumerateObject())
        {
            var field = $"parameters.{parameter.Name}";
            if (parameters.ContainsKey(parameter.Name))
            {
                return (null, new PointError(field, "is given twice"));
            }
            if (parameter.Value.ValueKind != JsonValueKind.Number)
            {
                return (null, new PointError(field, "must be a number"));
            }
            if (!parameter.Value.TryGetDouble(out var number) || !double.IsFinite(number))
            {
                return (null, new PointError(field, "is too large for any field (beyond ±1.8·10^308)"));
            }
            parameters[parameter.Name] = number;
        }
        return (parameters, null);
    }
}
