using Counterfactual.Experiments.Aggregation;
using Counterfactual.Model.Metrics;
using Counterfactual.Model.Randomness;
using Counterfactual.Model.Simulation;

namespace Counterfactual.Experiments.Running;

/// <summary>
/// One worker: owns a simulator, one outcome buffer per scenario, a parameter buffer and its own aggregate
/// state; runs whole blocks of worlds and allocates nothing per replication.
/// </summary>
internal sealed class WorldWorker
{
    private readonly RunContext _run;
    private readonly WorldSimulator _simulator;
    private readonly ReplicationOutcome[] _outcomes;
    private readonly double[] _parameters;

    public WorldWorker(RunContext run)
    {
        _run = run;
        var batch = run.Batch;
        _simulator = new WorldSimulator(batch.Catalog, batch.Horizon);
        _outcomes = [.. batch.Scenarios.Select(_ => new ReplicationOutcome(batch.Horizon))];
        _parameters = new double[run.Sampler.Count];
        State = new AggregateState(BatchRunner.LayoutOf(batch));
    }

    public AggregateState State { get; }

    public void Work()
    {
        try
        {
            long block;
            while ((block = _run.TakeBlock()) >= 0)
            {
                RunBlock(block);
            }
        }
#pragma warning disable CA1031 // the first failure is rethrown on the calling thread by RunContext.ThrowIfFailed
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _run.Fail(ex);
        }
    }

    private void RunBlock(long block)
    {
        var batch = _run.Batch;
        var first = _run.From + (block * BatchRunner.BlockSize);
        var count = (int)Math.Min(BatchRunner.BlockSize, _run.To - first);
        var raw = _run.Raw?.Rent(block);
        if (raw is not null)
        {
            raw.FirstReplication = first;
            raw.Worlds = count;
        }

        var levers = _run.Levers;
        for (var w = 0; w < count; w++)
        {
            var r = first + w;
            _run.Sampler.Sample(r, _parameters);
            var streams = WorldStreams.ForReplication(batch.Seed, r);
            for (var s = 0; s < levers.Length; s++)
            {
                _simulator.Run(levers[s], _parameters, streams, _outcomes[s]);
                State.AddOutcome(s, _outcomes[s]);
            }

            State.AddClaims(batch.Claims, _outcomes);
            raw?.Store(w, _parameters, _outcomes);
        }

        State.Worlds += count;
        if (raw is not null)
        {
            _run.Raw!.Complete(block, raw);
        }

        _run.BlockDone(count);
    }
}
