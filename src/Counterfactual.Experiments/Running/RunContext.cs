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
    private long _blockLimit = long.MaxValue;
    private ExceptionDispatchInfo? _failure;

    public RunContext(Batch batch, long from, long to, long blocks, IRawSink? raw, IProgress<RunProgress>? progress, Discovery.DiscoveryCapture? discovery, CancellationToken cancellationToken)
    {
        Batch = batch;
        From = from;
        To = to;
        Blocks = blocks;
        Progress = progress;
        Discovery = discovery;
        CancellationToken = cancellationToken;
        Levers = [.. batch.Scenarios.Select(s => s.ModelLevers)];
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

        // Blocks are handed out strictly in order and never past the segment limit, so whatever stops the
        // workers (the limit, cancellation) the finished blocks are a prefix of the range.
        while (true)
        {
            var b = Volatile.Read(ref _nextBlock);
            if (b >= Blocks || b >= Volatile.Read(ref _blockLimit))
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

    /// <summary>Stops handing out blocks at <paramref name="blockLimit"/> (exclusive), for segmented runs (checkpoints).</summary>
    public void LimitTo(long blockLimit) => Volatile.Write(ref _blockLimit, blockLimit);

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
