using Counterfactual.Experiments.Batches;
using Counterfactual.Experiments.Running;
using Counterfactual.Model.Metrics;
using Counterfactual.Model.Randomness;
using Counterfactual.Model.Simulation;

namespace Counterfactual.Experiments.Tracing;

/// <summary>
/// Re-runs exactly one world of one scenario with a recording trace sink. It uses what the runner uses:
/// the batch's <see cref="ParameterSampler"/> (so LHS strata match), <see cref="WorldStreams.ForReplication"/>
/// of (batch seed, replication), and a fresh <see cref="WorldSimulator"/>; so its outcome equals that
/// replication's row of <c>replications.csv</c> for the same batch, seed and replication count.
/// </summary>
public static class WorldTracer
{
    /// <summary>The scenario with id <paramref name="scenarioId"/> (e.g. <c>s07</c>), or null.</summary>
    public static Scenario? FindScenario(Batch batch, string scenarioId)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return batch.Scenarios.FirstOrDefault(s => string.Equals(s.Id, scenarioId, StringComparison.Ordinal));
    }

    /// <summary>Runs replication <paramref name="replication"/> (0-based) of <paramref name="scenario"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The replication is outside [0, <c>batch.Replications</c>).</exception>
    /// <exception cref="ArgumentException">The scenario is not one of the batch's.</exception>
    public static WorldTrace Trace(Batch batch, Scenario scenario, long replication)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(scenario);
        if (replication < 0 || replication >= batch.Replications)
        {
            throw new ArgumentOutOfRangeException(nameof(replication), replication, $"The replication must be 0..{batch.Replications - 1}.");
        }

        if (!batch.Scenarios.Contains(scenario))
        {
            throw new ArgumentException($"Scenario {scenario.Id} is not part of batch {batch.Name}.", nameof(scenario));
        }

        var sampler = new ParameterSampler(batch);
        var parameters = new double[sampler.Count];
        sampler.Sample(replication, parameters);

        var simulator = new WorldSimulator(batch.Catalog, batch.Horizon);
        var outcome = new ReplicationOutcome(batch.Horizon);
        var recorder = new TraceRecorder();
        simulator.Run(scenario.ModelLevers, parameters, WorldStreams.ForReplication(batch.Seed, replication), outcome, recorder);
        return new WorldTrace(batch, scenario, replication, parameters, recorder.Events, outcome);
    }
}
