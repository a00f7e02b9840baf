using BenchmarkDotNet.Attributes;
using Counterfactual.Experiments.Aggregation;
using Counterfactual.Model.Metrics;

namespace Counterfactual.Benchmarks;

/// <summary>Aggregating one replication's outcome (every metric and the whole trajectory) into exact accumulators.</summary>
[MemoryDiagnoser]
public class AggregationBenchmarks
{
    private ReplicationOutcome[] _outcomes = [];
    private AggregateState _state = null!;
    private int _world;

    [GlobalSetup]
    public void Setup()
    {
        _outcomes = BenchmarkWorlds.Outcomes(BenchmarkWorlds.SampleParameters());

        // The essay batch's layout: 32 scenarios, horizon 1949-12, a few claims; scenario 0 is timed, as the
        // runner's scenario-major loop touches one scenario's histograms at a time.
        _state = new AggregateState(new AggregateLayout(32, BenchmarkWorlds.Horizon, 6));
    }

    [Benchmark]
    public long AggregateOneReplication()
    {
        // 64 outcomes in rotation: in the runner the outcome was just written by the model, so it is in cache.
        _state.AddOutcome(0, _outcomes[_world++ & 63]);
        return _state.Worlds;
    }
}
