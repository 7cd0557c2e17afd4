using System.Text.Json.Serialization;

namespace Simulation.Experiments.Comparison;

/// <summary>The parts of a scenario a comparison matches by id; what only one scenario has cannot be compared.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ComparedPart>))]
public enum ComparedPart
{
    /// <summary>Regime modes (<c>timeline</c> and each counterfactual regime).</summary>
    RegimeModes,

    /// <summary>National projects, whose win probabilities are compared.</summary>
    Projects,

    /// <summary>Regions, whose win probabilities are compared.</summary>
    Regions,

    /// <summary>Outcome metrics (per-region and per-category ones follow the regions and categories).</summary>
    Metrics,
}
