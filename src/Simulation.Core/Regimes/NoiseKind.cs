namespace Simulation.Core.Regimes;

/// <summary>Distribution of the discretionary noise in a scored selection.</summary>
public enum NoiseKind
{
    /// <summary>Gumbel noise: the scored rule is then exactly a logit choice.</summary>
    Gumbel,

    /// <summary>Normal noise: a probit choice.</summary>
    Normal,
}
