using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Simulation.Web;

/// <summary>
/// Writes a number JSON cannot hold (NaN, an infinity) as <c>null</c>, for every result the server sends: a summary of one
/// replication has no standard deviation (NaN), and without this the whole result could not be written. Finite numbers are
/// written exactly as without it; reading is unchanged.
/// </summary>
public sealed class FiniteNumberConverter : JsonConverter<double>
{
    /// <inheritdoc />
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && options.NumberHandling.HasFlag(JsonNumberHandling.AllowReadingFromString)
            ? double.Parse(reader.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
            : reader.GetDouble();

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
