using Counterfactual.Experiments.Aggregation;
using Counterfactual.Experiments.Batches;

namespace Counterfactual.Experiments.Running;

/// <summary>
/// The public world-range entry point behind shards and resume: runs worlds of a <see cref="WorldRange"/>,
/// continuing a saved prefix state, with periodic checkpoints of the finished prefix. The returned state
/// always covers exactly the first <c>Worlds</c> worlds of the range, so it can be saved, resumed or merged
/// and the final bits equal those of one uninterrupted run.
/// </summary>
/// <remarks>
/// With a checkpoint callback the range runs in segments of blocks: the workers drain a segment, their states
/// are merged into the prefix state (exact integers: order does not matter) and cleared, and the callback
/// sees the prefix. A segment lasts until the next checkpoint is due: the workers stop taking blocks once the
/// interval has passed since the last one (each segment runs at least one block a worker). So a run shorter
/// than the interval is one segment, and a longer one pays the barrier (an idle tail and the merges) once per
/// checkpoint rather than once per segment of a fixed size.
/// </remarks>
public static class RangeRunner
{
    /// <summary>
    /// Runs worlds [range.From + start.Worlds, range.To) and adds them to <paramref name="start"/> (the state of
    /// the range's first <c>start.Worlds</c> worlds, or null for none). On cancellation stops at a block
    /// boundary; the result then covers a shorter prefix of the range.
    /// </summary>
    /// <returns>The state of the range's finished prefix (<paramref name="start"/> itself when given).</returns>
    public static AggregateState Run(Batch batch, WorldRange range, AggregateState? start, RangeRunOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Threads, 1);
        if (range.From < 0 || range.To < range.From || range.To > batch.Replications)
        {
            throw new ArgumentOutOfRangeException(nameof(range), range, $"Not a range of worlds within 0..{batch.Replications}.");
        }

        if (start is not null && (start.Layout != BatchRunner.LayoutOf(batch) || start.Worlds > range.Count))
        {
            throw new ArgumentException("The start state was not accumulated for this batch and range.", nameof(start));
        }

        return Continue(batch, range.From + (start?.Worlds ?? 0), range.To, start, options, cancellationToken);
    }

    /// <summary>
    /// The runner itself: runs worlds [<paramref name="from"/>, <paramref name="to"/>) and adds them to
    /// <paramref name="total"/> (null: to a new state, which is returned). Unchecked against the batch's
    /// replication count, so adaptive runs can go past it.
    /// </summary>
    internal static AggregateState Continue(Batch batch, long from, long to, AggregateState? total, RangeRunOptions options, CancellationToken cancellationToken)
    {
        var blocks = (to - from + BatchRunner.BlockSize - 1) / BatchRunner.BlockSize;
        if (blocks == 0)
        {
            return total ?? new AggregateState(BatchRunner.LayoutOf(batch));
        }

        var workerCount = (int)Math.Max(1, Math.Min(options.Threads, blocks));
        var run = new RunContext(batch, from, to, blocks, options.Raw, options.Progress, options.Discovery, cancellationToken);
        options.Raw?.Begin([.. batch.Catalog.Definitions.Select(d => d.Name)]);
        var workers = new WorldWorker[workerCount];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = new WorldWorker(run);
        }

        var clock = options.Clock ?? TimeProvider.System;
        var lastCheckpoint = clock.GetTimestamp();
        long done = 0;
        while (done < blocks && !cancellationToken.IsCancellationRequested)
        {
            if (options.Checkpoint is not null)
            {
                run.StopWhenDue(clock, lastCheckpoint, options.CheckpointInterval, done + workerCount);
            }

            RunSegment(workers);
            run.ThrowIfFailed();
            done = run.BlocksTaken;
            total = Gather(total, workers, more: done < blocks);
            if (options.Checkpoint is not null && done < blocks && clock.GetElapsedTime(lastCheckpoint) >= options.CheckpointInterval)
            {
                options.Checkpoint(total);
                lastCheckpoint = clock.GetTimestamp();
            }
        }

        options.Raw?.Complete();
        return total ?? new AggregateState(BatchRunner.LayoutOf(batch));
    }

    /// <summary>
    /// Adds the workers' states of a finished segment into <paramref name="total"/> and, when
    /// <paramref name="more"/> segments follow, empties them. Without a total yet (a range started from
    /// nothing) the first worker's state becomes the total as it is, and that worker starts a new state
    /// if more segments follow (keeping its simulator and prepared worlds): a whole-state merge into an empty state (tens of MB touched for the first
    /// time) and its clearing are skipped. Exact integers, so the bits are those of the merge.
    /// </summary>
    private static AggregateState Gather(AggregateState? total, WorldWorker[] workers, bool more)
    {
        var first = 0;
        if (total is null)
        {
            total = more ? workers[0].HandOverState() : workers[0].State;

            first = 1;
        }

        for (var i = first; i < workers.Length; i++)
        {
            total.Merge(workers[i].State);
            if (more)
            {
                workers[i].State.Clear();
            }
        }

        return total;
    }

    private static void RunSegment(WorldWorker[] workers)
    {
        var threads = workers.Skip(1).Select((w, i) => new Thread(w.Work) { IsBackground = true, Name = $"counterfactual-worker-{i + 1}" }).ToList();
        threads.ForEach(t => t.Start());
        workers[0].Work();
        threads.ForEach(t => t.Join());
    }
}
