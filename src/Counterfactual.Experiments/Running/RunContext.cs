using System.Runtime.ExceptionServices;
using Counterfactual.Experiments.Batches;
using Counterfactual.Experiments.Output;
using Counterfactual.Model.Simulation;

namespace Counterfactual.Experiments.Running;

/// <summary>What the workers of one run share: the batch, the block counter, the raw reorder buffer, progress and the first failure.</summary>
internal sealed class RunContext
{
    private long _nextBlock;
    private long _worldsDone;
    private ExceptionDispatchInfo? _failure;

    // The current segment (see StopWhenDue): no block is handed out from _segmentMinimum on once _clock says it is due.
    private TimeProvider? _clock;
    private long _lastCheckpoint;
    private TimeSpan _interval;
    private long _segmentMinimum;

    public RunContext(Batch batch, long from, long to, long blocks, IRawSink? raw, IProgress<RunProgress>? progress, Discovery.DiscoveryCapture? discovery, CancellationToken cancellationToken)
    {
        Batch = batch;
        From = from;
        To = to;
        Blocks = blocks;
        Progress = progress;
        Discovery = discovery;
        CancellationToken = cancellationToken;
        // Loops rather than LINQ here, in the workers' set-up and in the warm-up: a query over a struct (Levers) or a
        // range of ints is generic code the ReadyToRun images do not hold, compiled at run time while the run starts.
        Levers = new Levers[batch.Scenarios.Count];
        for (var s = 0; s < Levers.Length; s++)
        {
            Levers[s] = batch.Scenarios[s].ModelLevers;
        }

        Sampler = new ParameterSampler(batch);
        if (raw is not null)
        {
            var ids = batch.Scenarios.Select(s => s.Id).ToList();
            Raw = new RawReorderBuffer(raw, ids, batch.Horizon, capacity: 8, () => new RawBlock(BatchRunner.BlockSize, ids.Count, Sampler.Count));
        }
    }

    public Batch Batch { get; }

    public long From { get; }

    public long To { get; }

    public long Blocks { get; }

    public Levers[] Levers { get; }

    public ParameterSampler Sampler { get; }

    public RawReorderBuffer? Raw { get; }

    public IProgress<RunProgress>? Progress { get; }

    /// <summary>Records the worlds scenario discovery looks at, or null.</summary>
    public Discovery.DiscoveryCapture? Discovery { get; }

    public CancellationToken CancellationToken { get; }

    public bool Failed => Volatile.Read(ref _failure) is not null;

    /// <summary>The next block to run, or -1 when done, cancelled or failed.</summary>
    public long TakeBlock()
    {
        if (CancellationToken.IsCancellationRequested || Failed)
        {
            return -1;
        }

        // Blocks are handed out strictly in order, so whatever stops the workers (the end of a segment,
        // cancellation) the finished blocks are a prefix of the range.
        while (true)
        {
            var b = Volatile.Read(ref _nextBlock);
            if (b >= Blocks || (b >= _segmentMinimum && _clock is { } clock && clock.GetElapsedTime(_lastCheckpoint) >= _interval))
            {
                return -1;
            }

            if (Interlocked.CompareExchange(ref _nextBlock, b + 1, b) == b)
            {
                return b;
            }
        }
    }

    /// <summary>Blocks handed out so far (all of them finished once the workers have returned).</summary>
    public long BlocksTaken => Volatile.Read(ref _nextBlock);

    /// <summary>
    /// Starts a segment that ends when a checkpoint is due: from block <paramref name="minimumBlock"/> on, no
    /// block is handed out once <paramref name="interval"/> has passed since <paramref name="lastCheckpoint"/>
    /// (a timestamp of <paramref name="clock"/>). Call between segments, before the workers start.
    /// </summary>
    public void StopWhenDue(TimeProvider clock, long lastCheckpoint, TimeSpan interval, long minimumBlock)
    {
        _clock = clock;
        _lastCheckpoint = lastCheckpoint;
        _interval = interval;
        _segmentMinimum = minimumBlock;
    }

    public void BlockDone(int worlds)
    {
        var done = Interlocked.Add(ref _worldsDone, worlds);
        Progress?.Report(new RunProgress(done, To - From, Batch.Scenarios.Count));
    }

    public void Fail(Exception ex)
    {
        Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(ex), null);
        Raw?.Fail();
    }

    public void ThrowIfFailed() => _failure?.Throw();
}
