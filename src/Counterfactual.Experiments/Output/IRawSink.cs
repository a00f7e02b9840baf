using Counterfactual.Model.Metrics;

namespace Counterfactual.Experiments.Output;

/// <summary>
/// Receives per-replication rows (<c>--raw</c>) in a deterministic order: replication ascending, then
/// scenario in batch order, whatever the thread count. Called from one thread at a time.
/// </summary>
public interface IRawSink
{
    /// <summary>Called once before the first row with the column context.</summary>
    void Begin(IReadOnlyList<string> parameterNames);

    /// <summary>One row: scenario, replication, every metric, and the sampled parameters of that world.</summary>
    void Write(string scenarioId, long replication, ReplicationOutcome outcome, ReadOnlySpan<double> parameters);

    /// <summary>Flushes after the last row.</summary>
    void Complete();
}
