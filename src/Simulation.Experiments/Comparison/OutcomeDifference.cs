namespace Simulation.Experiments.Comparison;

/// <summary>
/// How one outcome differs between scenario B and scenario A under one regime mode, over replications paired on common
/// random numbers: the means, the mean paired difference B − A and its 95 % interval.
/// </summary>
/// <param name="Kind">An outcome metric or a win probability (written <c>metric</c> or <c>win</c>).</param>
/// <param name="Name">Metric name, or <c>project:region</c>.</param>
/// <param name="Regime">Regime mode label.</param>
/// <param name="MeanA">Mean under A.</param>
/// <param name="MeanB">Mean under B.</param>
/// <param name="Difference">Mean of B − A.</param>
/// <param name="CiLow">Lower end of the 95 % Student-t interval of the difference.</param>
/// <param name="CiHigh">Upper end of the interval.</param>
/// <param name="Pairs">Replication pairs with a value under both.</param>
public sealed record OutcomeDifference(DifferenceKind Kind, string Name, string Regime, double MeanA, double MeanB, double Difference, double CiLow, double CiHigh, long Pairs);
