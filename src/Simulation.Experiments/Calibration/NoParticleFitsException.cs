namespace Simulation.Experiments.Calibration;

/// <summary>Every particle gives the data probability 0 (none of its replications produced the record), so the sampler
/// cannot weigh them: a calibration too small for its record, which more replications per particle or more particles cure,
/// not a fault of the code.</summary>
public sealed class NoParticleFitsException()
    : InvalidOperationException("every particle gives the record probability 0 in its replications, so the sampler cannot weigh them");
