using Counterfactual.Model.Metrics;
using Counterfactual.Model.Parameters;
using Counterfactual.Model.Randomness;
using Counterfactual.Model.Time;

namespace Counterfactual.Model.Simulation;

/// <summary>
/// Runs one replication of one scenario: a deterministic function of (levers, sampled parameters,
/// random streams). One instance per worker thread; it reuses its buffers and allocates nothing per run.
/// </summary>
public sealed class WorldSimulator
{
    public WorldSimulator(ParameterCatalog catalog, int horizon)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (horizon < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(horizon), horizon, "The horizon must be 1941-06 or later.");
        }

        Catalog = catalog;
        Horizon = horizon;
    }

    /// <summary>The parameter table the sampled values follow.</summary>
    public ParameterCatalog Catalog { get; }

    /// <summary>Last month simulated (a <see cref="Calendar"/> index).</summary>
    public int Horizon { get; }

    /// <summary>
    /// Simulates one world under one scenario and writes every metric into <paramref name="outcome"/>.
    /// <paramref name="streams"/> is taken by value: the caller's copy is untouched, so every scenario
    /// of a world can start from the same state.
    /// </summary>
    public void Run(in Levers levers, ReadOnlySpan<double> parameters, WorldStreams streams, ReplicationOutcome outcome, ITraceSink? trace = null)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (parameters.Length != Catalog.Count)
        {
            throw new ArgumentException($"Expected {Catalog.Count} parameter values, got {parameters.Length}.", nameof(parameters));
        }

        outcome.Clear();
        PlaceholderRules.Run(levers, parameters, ref streams, outcome, Horizon, trace);
    }
}
