using System.Text.Json.Serialization;

namespace Simulation.Web;

/// <summary>How the page shows a <see cref="ClassroomParameter"/> and which values it takes back: a slider over a range, or
/// an on/off switch.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ParameterKind>))]
public enum ParameterKind
{
    /// <summary>A number within the parameter's range, shown as a slider.</summary>
    [JsonStringEnumMemberName("number")]
    Number,

    /// <summary>On (1) or off (0), shown as a check box; no other value is accepted.</summary>
    [JsonStringEnumMemberName("switch")]
    Switch,
}
