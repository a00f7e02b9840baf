using Counterfactual.Experiments.Batches;
using Counterfactual.Model.Metrics;

namespace Counterfactual.Experiments.Tracing;

/// <summary>
/// The story of one world under one scenario: the parameters it sampled, the events the model reported,
/// and every per-replication metric. Equal to what the batch run computed for the same (scenario, replication).
/// </summary>
/// <param name="Batch">The batch (with any seed or replication override) the world belongs to.</param>
/// <param name="Scenario">The scenario traced.</param>
/// <param name="Replication">The 0-based replication index, as in <c>replications.csv</c>.</param>
/// <param name="Parameters">The sampled parameter values, in the order of <c>Batch.Catalog.Definitions</c>.</param>
/// <param name="Events">The events, in the order the model reported them.</param>
/// <param name="Outcome">Every metric of the replication.</param>
public sealed record WorldTrace(
    Batch Batch,
    Scenario Scenario,
    long Replication,
    IReadOnlyList<double> Parameters,
    IReadOnlyList<TraceEvent> Events,
    ReplicationOutcome Outcome);
