namespace Counterfactual.Experiments.Batches;

/// <summary>Optional outputs of a batch.</summary>
/// <param name="Raw">Also stream one row per scenario and replication.</param>
public sealed record OutputOptions(bool Raw);
