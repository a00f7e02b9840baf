using Counterfactual.Experiments.Aggregation;
using Counterfactual.Model.Metrics;
using Counterfactual.Model.Randomness;
using Counterfactual.Model.Simulation;

namespace Counterfactual.Experiments.Running;

/// <summary>
/// One worker: owns a simulator, outcome buffers, a block store and its own aggregate state; runs whole
/// blocks of worlds and allocates nothing per replication.
/// </summary>
/// <remarks>
/// Within a block the loop is scenario-major over a few worlds at a time (<see cref="WorldsPerPass"/>): those
/// worlds are prepared, run under scenario 1, then under scenario 2, ..., then the next few worlds. The few worlds'
/// prepared data stay in cache for all their scenarios, and their outcomes go to pending trajectory counts laid out
/// with the scenarios side by side (AggregateState.PendingCells), which a world's scenarios, alike in most months,
/// touch on the same cache lines. Parameters and streams are made once per world
/// (common random numbers): each world is prepared once (<see cref="PreparedWorld"/>: its parameters in the
/// model's order and what derives from them, and its random numbers, drawn by the first scenario that needs each
/// month and read by all the others). The per-world metrics are kept in the block store for the paired claims.
/// </remarks>
internal sealed class WorldWorker
{
    /// <summary>
    /// Worlds prepared and run scenario by scenario together (see the remarks): a few, so that their prepared data
    /// (draws, noise multipliers, remembered theatre months, about 120 KB a world) stay in the core's cache from one
    /// scenario to the next. Measured on the default batch: 4 about 13% faster than a whole block (then 256 worlds) at once
    /// (one thread); with the scenarios side by side in the pending counts, 1 and 2 still slower than 4 (medians of
    /// five, two threads: 3.33 and 3.20 s against 2.99 s).
    /// </summary>
    internal const int WorldsPerPass = 4;

    private readonly RunContext _run;
    private readonly WorldSimulator _simulator;
    private readonly ReplicationOutcome _outcome;
    private readonly ReplicationOutcome[] _claimOutcomes;
    private readonly PreparedWorld[] _worlds;
    private readonly RawBlock _store;

    public WorldWorker(RunContext run)
    {
        _run = run;
        var batch = run.Batch;
        _simulator = new WorldSimulator(batch.Catalog, batch.Horizon);
        _outcome = new ReplicationOutcome(batch.Horizon);
        _claimOutcomes = new ReplicationOutcome[batch.Scenarios.Count];
        for (var s = 0; s < _claimOutcomes.Length; s++)
        {
            _claimOutcomes[s] = new ReplicationOutcome(batch.Horizon);
        }

        _worlds = PassWorlds(_simulator);
        _store = new RawBlock(BatchRunner.BlockSize, batch.Scenarios.Count, run.Sampler.Count);
        State = new AggregateState(BatchRunner.LayoutOf(batch));
    }

    public AggregateState State { get; private set; }

    /// <summary>The <see cref="WorldsPerPass"/> worlds a pass prepares and runs together (the warm-up makes its own the same way).</summary>
    internal static PreparedWorld[] PassWorlds(WorldSimulator simulator)
    {
        var worlds = new PreparedWorld[WorldsPerPass];
        for (var i = 0; i < worlds.Length; i++)
        {
            worlds[i] = new PreparedWorld(simulator);
        }

        return worlds;
    }

    /// <summary>Gives up the state accumulated so far (it becomes the caller's) and starts an empty one.</summary>
    public AggregateState HandOverState()
    {
        var state = State;
        State = new AggregateState(state.Layout);
        return state;
    }

    public void Work()
    {
        try
        {
            long block;
            while ((block = _run.TakeBlock()) >= 0)
            {
                RunBlock(block);
            }

            // Bring the cells up to date here, on this worker's thread, side by side with the other workers,
            // rather than one state after another when the states are gathered.
            State.Settle();
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
        var store = _run.Raw?.Rent(block) ?? _store;
        store.FirstReplication = first;
        store.Worlds = count;
        Span<double> parameters = stackalloc double[_run.Sampler.Count];
        var levers = _run.Levers;
        for (var w0 = 0; w0 < count; w0 += WorldsPerPass)
        {
            var worlds = Math.Min(WorldsPerPass, count - w0);
            for (var i = 0; i < worlds; i++)
            {
                var w = w0 + i;
                _run.Sampler.Sample(first + w, parameters);
                store.StoreParameters(w, parameters);
                _simulator.Prepare(parameters, WorldStreams.ForReplication(batch.Seed, first + w), _worlds[i]);
            }

            for (var s = 0; s < levers.Length; s++)
            {
                for (var i = 0; i < worlds; i++)
                {
                    _simulator.Run(levers[s], _worlds[i], _outcome);
                    State.AddOutcome(s, _outcome);
                    store.StoreOutcome(w0 + i, s, _outcome);
                }
            }

            // The pass's worlds go to the claims now rather than after the whole block (the same worlds in the same
            // order): their stored outcomes are still in cache, and the claims' and discovery's code first runs within
            // milliseconds of the start instead of after a block (code compiled for the first time delays the
            // runtime's recompiling of the hot code with its profile; measured: no clear change, within the VM's noise).
            AddWorlds(store, first, w0, worlds);
        }

        State.Worlds += count;
        if (!ReferenceEquals(store, _store))
        {
            _run.Raw!.Complete(block, store);
        }

        _run.BlockDone(count);
    }

    /// <summary>Adds worlds [<paramref name="from"/>, +<paramref name="worlds"/>) of the block, all scenarios run, to the paired claims and the discovery capture.</summary>
    private void AddWorlds(RawBlock store, long first, int from, int worlds)
    {
        var batch = _run.Batch;
        if (batch.Claims.Count == 0 && batch.Conditioning is null)
        {
            return;
        }

        for (var w = from; w < from + worlds; w++)
        {
            for (var s = 0; s < _claimOutcomes.Length; s++)
            {
                store.Restore(w, s, _claimOutcomes[s]);
            }

            State.AddWorld(batch, _claimOutcomes);
            if (_run.Discovery is { } discovery && discovery.Wants(first + w))
            {
                discovery.Record(first + w, store.ParametersOf(w), _claimOutcomes);
            }
        }
    }
}
