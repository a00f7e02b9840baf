using BenchmarkDotNet.Attributes;
using Counterfactual.Experiments.Aggregation;
using Counterfactual.Experiments.Running;
using Counterfactual.Model.Metrics;
using Counterfactual.Model.Randomness;
using Counterfactual.Model.Simulation;

namespace Counterfactual.Benchmarks;

/// <summary>Aggregating one replication's outcome (every metric and the whole trajectory) into exact accumulators.</summary>
[MemoryDiagnoser]
public class AggregationBenchmarks
{
    /// <summary>Worlds run scenario by scenario together, as the runner's worker does.</summary>
    private const int WorldsPerPass = WorldWorker.WorldsPerPass;

    /// <summary>Scenarios of the default batch (scenarios/essay-claim.json: 2 x 4 x 4 levers).</summary>
    private const int Scenarios = 32;

    private const int Worlds = 64;

    private ReplicationOutcome[][] _outcomes = [];
    private AggregateState _state = null!;
    private int _pass;

    [GlobalSetup]
    public void Setup()
    {
        // Each world's outcomes under the default batch's 32 lever combinations, from one prepared world as the
        // runner makes them (a world's scenarios share most of their months, so their values are alike).
        var parameters = BenchmarkWorlds.SampleParameters();
        var simulator = new WorldSimulator(BenchmarkWorlds.Catalog, BenchmarkWorlds.Horizon);
        var world = new PreparedWorld(simulator);
        var grid = BenchmarkWorlds.EssayGrid();
        _outcomes = new ReplicationOutcome[Worlds][];
        for (var w = 0; w < Worlds; w++)
        {
            simulator.Prepare(parameters[w], WorldStreams.ForReplication(BenchmarkWorlds.Seed, w), world);
            _outcomes[w] = [.. grid.Select(levers =>
            {
                var outcome = new ReplicationOutcome(BenchmarkWorlds.Horizon);
                simulator.Run(levers, world, outcome);
                return outcome;
            })];
        }

        // The essay batch's layout: 32 scenarios, horizon 1949-12, a few claims.
        _state = new AggregateState(new AggregateLayout(Scenarios, BenchmarkWorlds.Horizon, 6));
    }

    /// <summary>
    /// One pass of the runner's loop, per replication: 4 worlds under scenario 1, then under scenario 2, ..., each
    /// outcome added as it comes out of the model (the runner adds it just after the model wrote it, so it is in
    /// cache; here the 128 outcomes of a pass are, too).
    /// </summary>
    [Benchmark(OperationsPerInvoke = WorldsPerPass * Scenarios)]
    public long AggregateOneReplication()
    {
        var first = (_pass++ * WorldsPerPass) % Worlds;
        for (var s = 0; s < Scenarios; s++)
        {
            for (var w = first; w < first + WorldsPerPass; w++)
            {
                _state.AddOutcome(s, _outcomes[w][s]);
            }
        }

        return _state.Worlds;
    }
}
